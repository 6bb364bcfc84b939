-- Every open job has its title passage; (posting_id, passage_no) is unique; vectors are unit length.
WITH problems AS (
    SELECT 'no passages: ' || p.posting_id AS problem
    FROM postings p ANTI JOIN posting_chunks c USING (posting_id)
    WHERE p.job_is_open AND p.duplicate_of IS NULL AND coalesce(trim(p.title), '') <> ''
    UNION ALL
    SELECT 'duplicate passage: ' || posting_id || '#' || passage_no
    FROM posting_chunks GROUP BY posting_id, passage_no HAVING count(*) > 1
    UNION ALL
    SELECT 'not normalised: ' || posting_id || '#' || passage_no
    FROM posting_chunks WHERE abs(list_dot_product(vector::FLOAT[], vector::FLOAT[]) - 1) > 1e-3
)
SELECT count(*) AS violations, coalesce(string_agg(problem, '; ' ORDER BY problem)[:500], 'valid') AS detail
FROM problems;
