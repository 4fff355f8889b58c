-- Security files (R-S1–R-S7, R-C4–R-C6): the person's phone (R-C5), and the *Liste des personnes
-- autorisées* as one read-only view, so paging, sorting and filtering are done by the database.
-- Portable SQL: runs unchanged on PostgreSQL and H2.

ALTER TABLE user_account ADD COLUMN phone VARCHAR(20);

-- The latest registration code of an account: found through this index, one probe per pending person.
CREATE INDEX registration_code_latest_idx ON registration_code (account_id, id);

-- One row per partner person. A person who has not chosen a user code yet (R-A5) shows her latest
-- registration code's state (Actif, Suspendu, Expiré — Expiré as soon as its last valid day has
-- passed, before the job R-J4 records it) and its last valid day; anyone else the account's. The
-- registration code is looked up only for pending persons, so a partner's list costs one index probe
-- per pending person, not one per account. profile_mask sums one bit per profile, so the profile
-- column sorts in the database.
CREATE VIEW security_file_entry AS
SELECT a.id AS account_id,
       a.partner_id,
       p.name AS partner_name,
       a.user_code,
       a.user_code_key,
       a.last_name,
       a.first_name,
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
       (SELECT COALESCE(SUM(CASE ap.profile
                              WHEN 'RESPONSABLE_PRINCIPAL' THEN 1
                              WHEN 'RESPONSABLE_AUXILIAIRE' THEN 2
                              WHEN 'UTILISATEUR_INDIVIDUS' THEN 4
                              WHEN 'EXTRACTION_INDIVIDUS' THEN 8
                              WHEN 'UTILISATEUR_ENTREPRISE' THEN 16
                              ELSE 0 END), 0)
          FROM account_profile ap WHERE ap.account_id = a.id) AS profile_mask,
       CASE WHEN a.user_code IS NULL THEN TRUE ELSE FALSE END AS pending
  FROM user_account a
  JOIN partner p ON p.id = a.partner_id;
