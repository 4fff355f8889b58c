/**
 * The demo partners, people, codes and access requests loaded into an empty database when {@code
 * DEMO_DATA=true} (the embedded default), by the system at start-up, through the same rules the
 * pages' services apply.
 */
package ca.qc.portail.demo;
