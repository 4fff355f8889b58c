-- Issue 13, point 2: an account's state reason and central's authorship are stored as codes,
-- rendered in the reader's language (web bundles, stateReason.CODE; "CENTRAL" is shown as
-- « Un agent du Groupe central de la sécurité »). Reasons a person typed (Autre raison) stay as
-- typed. Audit records are not rewritten: they are append-only, and an older record's sentence
-- is shown as recorded.
UPDATE user_account SET state_reason = 'ABSENCE_PROLONGEE' WHERE state_reason = 'Absence prolongée';
UPDATE user_account SET state_reason = 'CHANGEMENT_DE_FONCTION' WHERE state_reason = 'Changement de fonction';
UPDATE user_account SET state_reason = 'CONGEDIEMENT' WHERE state_reason = 'Congédiement';
UPDATE user_account SET state_reason = 'DEPART_VOLONTAIRE' WHERE state_reason = 'Départ volontaire';
UPDATE user_account SET state_reason = 'FIN_DE_CONTRAT' WHERE state_reason = 'Fin de contrat';
UPDATE user_account SET state_reason = 'FERMETURE_D_ENTREPRISE' WHERE state_reason = 'Fermeture d''entreprise';
UPDATE user_account SET state_reason = 'FIN_DE_L_ENTENTE_DE_SERVICE' WHERE state_reason = 'Fin de l''entente de service';
UPDATE user_account SET state_reason = 'IDENTITE_CONFIRMEE' WHERE state_reason = 'Identité de l''utilisateur confirmée';
UPDATE user_account SET state_reason = 'ERREUR_DE_SAISIE' WHERE state_reason = 'Erreur de saisie du mot de passe';
UPDATE user_account SET state_reason = 'FAILED_LOGINS' WHERE state_reason = '3 essais infructueux';
UPDATE user_account SET state_reason = 'LOCK_ENDED' WHERE state_reason = 'Fin du verrouillage';
UPDATE user_account SET state_reason = 'EXPIRY_DATE_REACHED' WHERE state_reason = 'Date d''expiration atteinte';
UPDATE user_account SET state_reason = 'INACTIVITY' WHERE state_reason = 'Inactivité';
UPDATE user_account SET state_reason = 'EXPIRATION' WHERE state_reason = 'Expiration';
UPDATE user_account SET state_reason = 'CENTRAL_REACTIVATION' WHERE state_reason = 'Réactivation par le Groupe central';
UPDATE user_account SET state_reason = 'VALIDITY_EXTENDED' WHERE state_reason = 'Période de validité prolongée';
UPDATE user_account SET state_reason = 'PASSWORD_RESET' WHERE state_reason = 'Mot de passe réinitialisé';
-- "5 tentatives de connexion infructueuses", "10 codes de sécurité erronés": the count is kept.
UPDATE user_account
   SET state_reason = 'FAILED_LOGINS_LOCKED|'
       || SUBSTRING(state_reason FROM 1 FOR POSITION(' ' IN state_reason) - 1)
 WHERE state_reason LIKE '% tentatives de connexion infructueuses'
   AND POSITION(' ' IN state_reason) > 1;
UPDATE user_account
   SET state_reason = 'WRONG_CODES|'
       || SUBSTRING(state_reason FROM 1 FOR POSITION(' ' IN state_reason) - 1)
 WHERE state_reason LIKE '% codes de sécurité erronés'
   AND POSITION(' ' IN state_reason) > 1;
UPDATE user_account SET state_changed_by = 'CENTRAL'
 WHERE state_changed_by = 'Un agent du Groupe central de la sécurité';
