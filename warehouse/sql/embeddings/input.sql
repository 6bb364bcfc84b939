-- What the embedding stage reads: every open job once (copies on other sources are folded into the
-- canonical posting), with the text its passages are cut from.
SELECT posting_id, title, company, description_text AS description
FROM postings
WHERE job_is_open AND duplicate_of IS NULL
ORDER BY posting_id;
