-- Add newly encoded vectors (`new_embeddings`) to the cache; a hash already cached is left as it is,
-- so a re-run after a crash never duplicates or overwrites a vector.
INSERT INTO embedding_cache (content_hash, model, dim, vector)
SELECT content_hash, model, dim, vector FROM new_embeddings
ON CONFLICT DO NOTHING;
