/**
 * Password and user-code rules (R-P1, R-P3, R-A7): the password policy as data, the checks that
 * name every unmet criterion, the common-password list and the once-a-day change rule. No
 * persistence.
 */
package ca.qc.portail.password;
