-- The posting a mark refers to, with its current application status (NULL: none yet).
SELECT p.posting_id, p.title, p.company, p.url, p.is_open,
       (SELECT arg_max(a.status, a.updated_at) FROM applications a WHERE a.posting_id = p.posting_id) AS status
FROM postings p
WHERE p.posting_id = $posting_id;
