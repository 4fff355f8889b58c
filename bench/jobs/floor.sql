-- The SQL floor: the three jobs' changes as set-based statements (same rows, same audit and outbox
-- rows), in one transaction rolled back at the end so the data stays for the jobs themselves.
\set run '((now() AT TIME ZONE ''America/Toronto'')::date)'
\timing on
BEGIN;
-- R-J1
WITH changed AS (
  UPDATE user_account SET state = 'EXPIRE', state_reason = 'Date d''expiration atteinte',
      state_changed_by = 'Système', state_changed_at = now(), version = version + 1
  WHERE state IN ('ACTIF', 'VERROUILLE') AND expiry_date <= :run RETURNING id, partner_id)
INSERT INTO audit_event (id, occurred_at, actor, action, outcome, target_account_id, partner_id, detail)
SELECT nextval('audit_event_seq'), now(), 'Système', 'ACCOUNT_EXPIRED', 'SUCCESS', id, partner_id, 'plancher'
FROM changed;
-- R-J2
WITH changed AS (
  UPDATE user_account SET state = 'INACTIF', state_reason = 'Inactivité',
      state_changed_by = 'Système', state_changed_at = now(), version = version + 1
  WHERE state = 'ACTIF' AND COALESCE(last_access_at, created_at)
      < ((:run - 182)::timestamp AT TIME ZONE 'America/Toronto') RETURNING id, partner_id)
INSERT INTO audit_event (id, occurred_at, actor, action, outcome, target_account_id, partner_id, detail)
SELECT nextval('audit_event_seq'), now(), 'Système', 'ACCOUNT_INACTIVATED', 'SUCCESS', id, partner_id, 'plancher'
FROM changed;
-- R-J3
CREATE TEMP TABLE due ON COMMIT DROP AS
SELECT a.id, a.partner_id, a.expiry_date, a.first_name || ' ' || a.last_name || ' (' || a.user_code
    || ') : ' || a.expiry_date AS line
FROM user_account a
WHERE a.state IN ('ACTIF', 'VERROUILLE') AND a.expiry_date BETWEEN :run + 14 AND :run + 21
  AND NOT EXISTS (SELECT 1 FROM expiry_notice n WHERE n.account_id = a.id AND n.expiry_date = a.expiry_date);
INSERT INTO expiry_notice (id, account_id, expiry_date, partner_id, sent_at)
SELECT nextval('expiry_notice_seq'), id, expiry_date, partner_id, now() FROM due;
INSERT INTO outbox_email (id, created_at, recipients, subject, body_text, state, attempts, next_attempt_at)
SELECT nextval('outbox_email_seq'), now(), o.emails, 'Avis d''expiration de codes d''utilisateur',
    l.lines, 'EN_ATTENTE', 0, now()
FROM (SELECT partner_id, string_agg(line, E'\n' ORDER BY expiry_date, id) AS lines FROM due GROUP BY partner_id) l
JOIN (SELECT a.partner_id, string_agg(a.email, ',') AS emails FROM user_account a
      JOIN account_profile p ON p.account_id = a.id
      WHERE a.state = 'ACTIF' AND p.profile IN ('RESPONSABLE_PRINCIPAL', 'RESPONSABLE_AUXILIAIRE')
        AND a.partner_id IN (SELECT partner_id FROM due)
      GROUP BY a.partner_id) o ON o.partner_id = l.partner_id;
INSERT INTO audit_event (id, occurred_at, actor, action, outcome, partner_id, detail)
SELECT nextval('audit_event_seq'), now(), 'Système', 'EXPIRY_NOTICE_SENT', 'SUCCESS', partner_id, 'plancher'
FROM (SELECT DISTINCT partner_id FROM due) d;
ROLLBACK;
