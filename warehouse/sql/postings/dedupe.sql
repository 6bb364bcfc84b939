-- Fold the duplicate links (warehouse/dedupe.py, staged as `posting_duplicates_input`) into postings.
-- duplicate_of: the canonical posting of the same job on another source (NULL for the canonical one);
-- agency_copy_of: the original a staffing agency's copy was taken from. The canonical posting carries
-- the job's view over all its copies: job_sources (every source listing it) and job_is_open (a job
-- is open while any copy is).
CREATE OR REPLACE TABLE posting_duplicates AS
SELECT posting_id, canonical_posting_id, reason, similarity FROM posting_duplicates_input;

CREATE OR REPLACE TABLE postings AS
WITH member AS (
    SELECT p.posting_id,
           CASE WHEN d.reason IS NOT NULL AND d.reason <> 'agency copy' THEN d.canonical_posting_id
                ELSE p.posting_id END AS job_id
    FROM postings p
    LEFT JOIN posting_duplicates d USING (posting_id)
),
job AS (
    SELECT m.job_id, list_sort(list_distinct(flatten(list(p.sources)))) AS job_sources,
           bool_or(p.is_open) AS job_is_open, count(*) AS copies
    FROM member m JOIN postings p USING (posting_id)
    GROUP BY ALL
)
SELECT p.*,
       CASE WHEN d.reason <> 'agency copy' THEN d.canonical_posting_id END  AS duplicate_of,
       coalesce(d.reason = 'agency copy', false)                             AS is_agency_copy,
       CASE WHEN d.reason = 'agency copy' THEN d.canonical_posting_id END    AS agency_copy_of,
       d.reason                                                              AS duplicate_reason,
       d.similarity                                                          AS duplicate_similarity,
       coalesce(j.job_sources, p.sources)                                    AS job_sources,
       coalesce(j.job_is_open, p.is_open)                                    AS job_is_open,
       coalesce(j.copies, 1)                                                 AS job_copies
FROM postings p
JOIN member m USING (posting_id)
LEFT JOIN posting_duplicates d USING (posting_id)
LEFT JOIN job j ON j.job_id = p.posting_id
ORDER BY p.first_seen_at, p.posting_key;
