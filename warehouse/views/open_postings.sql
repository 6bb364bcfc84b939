-- open_postings: the jobs some source lists right now, newest first; one row per job (copies of the
-- same job on other sources are folded into job_sources; staffing-agency copies are flagged).
CREATE OR REPLACE VIEW open_postings AS
SELECT posting_id, company, title, locations, work_mode, employment_type, department,
       salary_min, salary_max, salary_currency, salary_period, url, apply_url,
       posted_at, first_seen_at, last_seen_at, job_sources AS sources, platform, board, is_agency_copy, agency_copy_of
FROM postings
WHERE job_is_open AND duplicate_of IS NULL
ORDER BY coalesce(posted_at, first_seen_at) DESC;
