-- Hashes of the staged passages (`needed_hashes`) that the cache has no vector for under this model.
SELECT n.content_hash
FROM needed_hashes n
ANTI JOIN embedding_cache c ON c.content_hash = n.content_hash AND c.model = $model;
