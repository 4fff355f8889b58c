/**
 * Registration of a person approved by central (R-A5 to R-A7): the e-mailed registration code, its
 * validity in business days, its suspension after mismatches, and the choice of user code and
 * password.
 */
package ca.qc.portail.registration;
