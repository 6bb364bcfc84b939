-- Every posting has exactly one feature row, and every class is in its documented vocabulary.
WITH problems AS (
    SELECT 'missing: ' || p.posting_id AS problem FROM postings p ANTI JOIN posting_features f USING (posting_id)
    UNION ALL
    SELECT 'duplicate: ' || posting_id FROM posting_features GROUP BY posting_id HAVING count(*) > 1
    UNION ALL
    SELECT 'bad value: ' || posting_id FROM posting_features
    WHERE degree_requirement NOT IN ('required', 'equivalent_ok', 'preferred', 'not_required', 'not_mentioned')
       OR degree_level NOT IN ('bachelor', 'master', 'phd', 'any', 'none')
       OR work_mode NOT IN ('remote', 'hybrid', 'onsite', 'unknown')
       OR visa_sponsorship NOT IN ('offered', 'not_offered', 'unknown')
       OR NOT (off_path_score BETWEEN 0 AND 1)
       OR (degree_requirement <> 'not_mentioned' AND degree_evidence IS NULL)
)
SELECT count(*) AS violations, coalesce(string_agg(problem, '; ' ORDER BY problem)[:500], 'complete') AS detail
FROM problems;
