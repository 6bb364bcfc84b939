-- Every status change of the application log, oldest first, with the posting it was about.
SELECT a.posting_id, a.status, a.updated_at AS at, a.note, p.title, p.company
FROM applications a
LEFT JOIN postings p USING (posting_id)
ORDER BY a.updated_at, a.application_id;
