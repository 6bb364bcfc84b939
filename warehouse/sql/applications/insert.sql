-- One status change in the user's application log (append-only: earlier rows are the history).
INSERT INTO applications (application_id, posting_id, status, applied_at, note, updated_at)
VALUES ($application_id, $posting_id, $status, CASE WHEN $status = 'applied' THEN $at END, $note, $at);
