-- The embedded passages of the model in use, posting by posting (the ranking needs them grouped).
SELECT posting_id, section, text, vector
FROM posting_chunks
WHERE model = $model
ORDER BY posting_id, passage_no;
