/**
 * The demo partners, people, codes and access requests loaded into an empty database when {@code
 * DEMO_DATA=true} (the embedded default), through the same services the pages use.
 */
package ca.qc.portail.demo;
