-- What enrichment reads: every posting with its text, structured fields, and the platforms of all copies
-- of its job (an HN comment folded into an Ashby posting counts as found on both).
WITH jobs AS (
    SELECT coalesce(duplicate_of, posting_id) AS job_id, list(DISTINCT platform ORDER BY platform) AS platforms
    FROM postings
    GROUP BY 1
)
SELECT p.posting_id, p.title, p.company, p.locations, p.description_text AS description, p.platform,
       p.work_mode, p.salary_min, p.salary_max, p.salary_currency, p.salary_period,
       CAST(p.attributes AS VARCHAR) AS attributes, j.platforms
FROM postings p
JOIN jobs j ON j.job_id = coalesce(p.duplicate_of, p.posting_id)
ORDER BY p.posting_id;
