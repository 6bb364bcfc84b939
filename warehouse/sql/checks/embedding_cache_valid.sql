-- Every cached vector has the dimension its row states, and one model never mixes dimensions.
WITH problems AS (
    SELECT 'wrong length: ' || content_hash AS problem FROM embedding_cache WHERE len(vector) <> dim
    UNION ALL
    SELECT 'mixed dimensions: ' || model FROM embedding_cache GROUP BY model HAVING count(DISTINCT dim) > 1
)
SELECT count(*) AS violations, coalesce(string_agg(problem, '; ' ORDER BY problem)[:500], 'valid') AS detail
FROM problems;
