package ca.qc.portail.exchange;

import java.io.Serializable;

/** A member or responsable of a project, or a possible recipient, as a page lists them. */
public record ParticipantView(long accountId, String fullName, String email, ParticipantRole role)
    implements Serializable {}
