/**
 * The main menu (R-M1): which sections a person sees, decided once here and enforced by every
 * service behind a section, so a page the menu hides is also refused on the server.
 */
package ca.qc.portail.menu;
