-- The cached vector of every staged hash (`needed_hashes`) under this model.
SELECT n.content_hash, c.vector
FROM needed_hashes n
JOIN embedding_cache c ON c.content_hash = n.content_hash AND c.model = $model;
