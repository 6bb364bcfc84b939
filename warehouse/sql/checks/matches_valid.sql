-- One row per profile and job; score and components in [0, 1]; kept rows ranked 1..n without gaps;
-- filtered rows unranked and carrying a reason; every kept row explained.
WITH kept AS (
    SELECT profile, count(*) AS n, min(rank) AS lo, max(rank) AS hi, count(DISTINCT rank) AS ranks
    FROM matches WHERE NOT is_filtered GROUP BY profile
),
problems AS (
    SELECT 'duplicate: ' || profile || '/' || posting_id AS problem
    FROM matches GROUP BY profile, posting_id HAVING count(*) > 1
    UNION ALL
    SELECT 'out of range: ' || profile || '/' || posting_id FROM matches
    WHERE NOT (score BETWEEN 0 AND 1 AND semantic BETWEEN 0 AND 1 AND off_path BETWEEN 0 AND 1
               AND degree_free BETWEEN 0 AND 1 AND recency BETWEEN 0 AND 1 AND salary BETWEEN 0 AND 1)
    UNION ALL
    SELECT 'rank gaps: ' || profile FROM kept WHERE lo <> 1 OR hi <> n OR ranks <> n
    UNION ALL
    SELECT 'filtered without reason: ' || profile || '/' || posting_id FROM matches
    WHERE is_filtered AND (rank IS NOT NULL OR len(filter_reasons) = 0)
    UNION ALL
    SELECT 'unexplained: ' || profile || '/' || posting_id FROM matches
    WHERE coalesce(explanation, '') = ''
)
SELECT count(*) AS violations, coalesce(string_agg(problem, '; ' ORDER BY problem)[:500], 'valid') AS detail
FROM problems;
