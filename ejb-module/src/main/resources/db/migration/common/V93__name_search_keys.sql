-- Issue 13, point 7: the officers' list and central's account search find people as they are typed,
-- without accents nor case ("emilie" finds "Émilie", "cote" finds "Côté"). The application keeps the
-- folded names (ca.qc.portail.account.SearchKey: NFD, marks dropped, œ/æ spelled out, lower case)
-- in these columns whenever a name is set; the list filters and sorts on them (the view
-- security_file_entry, R__). Rows made before this migration are folded here with TRANSLATE, which
-- H2 and PostgreSQL both have, over the accented Latin letters (both cases, whatever the database's
-- locale does with LOWER); SearchKey gives the same result for each of them.

ALTER TABLE user_account ADD COLUMN first_name_key VARCHAR(200);
ALTER TABLE user_account ADD COLUMN last_name_key VARCHAR(200);

UPDATE user_account
   SET first_name_key = REPLACE(REPLACE(REPLACE(REPLACE(TRANSLATE(LOWER(TRIM(first_name)),
         'àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ',
         'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy'),
       'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'),
       last_name_key = REPLACE(REPLACE(REPLACE(REPLACE(TRANSLATE(LOWER(TRIM(last_name)),
         'àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ',
         'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy'),
       'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae');
