-- R-S2: the *Liste des personnes autorisées* as one read-only view, so paging, sorting and filtering
-- are done by the database (ca.qc.portail.administration.SecurityFileEntry). This file is the view's
-- only definition: Flyway runs it after the versioned migrations, and again only when its text
-- changes, so a change of the view is an edit here, not a new versioned migration. A versioned
-- migration that changes a column the view reads drops the view first, and this file is edited in
-- the same change (its new checksum is what makes Flyway create the view again). Portable SQL:
-- PostgreSQL and H2.
--
-- One row per partner person. A person who has not chosen a user code yet (R-A5) shows her latest
-- registration code's state (Actif, Suspendu, Expiré — Expiré as soon as its last valid day has
-- passed, before the job R-J4 records it) and its last valid day; anyone else the account's. The
-- registration code is looked up only for pending persons, so a partner's list costs one index probe
-- per pending person, not one per account. profile_mask is the account's column (V50,
-- ca.qc.portail.account.ProfileMask), so the profile column sorts in the database. The names are
-- filtered and sorted on their folded keys (V93, ca.qc.portail.account.SearchKey).

DROP VIEW IF EXISTS security_file_entry;

CREATE VIEW security_file_entry AS
SELECT a.id AS account_id,
       a.partner_id,
       p.name AS partner_name,
       a.user_code,
       a.user_code_key,
       a.last_name,
       a.first_name,
       a.last_name_key,
       a.first_name_key,
       a.email,
       a.email_key,
       CASE
         WHEN a.user_code IS NULL THEN COALESCE(
           (SELECT CASE
                     WHEN rc.state = 'ACTIF' AND rc.valid_until < CURRENT_DATE THEN 'EXPIRE'
                     WHEN rc.state = 'UTILISE' THEN NULL
                     ELSE rc.state
                   END
              FROM registration_code rc
             WHERE rc.id = (SELECT MAX(r2.id) FROM registration_code r2 WHERE r2.account_id = a.id)),
           a.state)
         ELSE a.state
       END AS state,
       CASE
         WHEN a.user_code IS NULL THEN COALESCE(
           (SELECT rc.valid_until
              FROM registration_code rc
             WHERE rc.id = (SELECT MAX(r2.id) FROM registration_code r2 WHERE r2.account_id = a.id)),
           a.expiry_date)
         ELSE a.expiry_date
       END AS expiry_date,
       a.profile_mask,
       CASE WHEN a.user_code IS NULL THEN TRUE ELSE FALSE END AS pending
  FROM user_account a
  JOIN partner p ON p.id = a.partner_id;
