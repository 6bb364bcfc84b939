-- The latest status of each posting in the user's application log (applied, screen, …, dismissed).
SELECT posting_id, arg_max(status, updated_at) AS status
FROM applications
GROUP BY posting_id;
