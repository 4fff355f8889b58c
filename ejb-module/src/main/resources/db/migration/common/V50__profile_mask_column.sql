-- R-S2: the profile column of the *Liste des personnes autorisées* is sorted by the database. The
-- view of V20 summed each person's profile bits in a subquery, so sorting a partner's list evaluated
-- that subquery for every person of the partner (about 80 ms for 5,000 persons). The bits are now a
-- column of the account, written by the application whenever the profiles change
-- (ca.qc.portail.account.ProfileMask), and the view reads it. Portable SQL: PostgreSQL and H2.

ALTER TABLE user_account ADD COLUMN profile_mask INTEGER DEFAULT 0 NOT NULL;

UPDATE user_account SET profile_mask = (
  SELECT COALESCE(SUM(CASE ap.profile
                        WHEN 'RESPONSABLE_PRINCIPAL' THEN 1
                        WHEN 'RESPONSABLE_AUXILIAIRE' THEN 2
                        WHEN 'UTILISATEUR_INDIVIDUS' THEN 4
                        WHEN 'EXTRACTION_INDIVIDUS' THEN 8
                        WHEN 'UTILISATEUR_ENTREPRISE' THEN 16
                        ELSE 0 END), 0)
    FROM account_profile ap WHERE ap.account_id = user_account.id);

DROP VIEW security_file_entry;

-- As in V20, except profile_mask. A person who has not chosen a user code yet (R-A5) shows her latest
-- registration code's state and last valid day; anyone else the account's.
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
       a.profile_mask,
       CASE WHEN a.user_code IS NULL THEN TRUE ELSE FALSE END AS pending
  FROM user_account a
  JOIN partner p ON p.id = a.partner_id;
