-- open_postings: the jobs some source lists right now, newest first.
CREATE OR REPLACE VIEW open_postings AS
SELECT posting_id, company, title, locations, work_mode, employment_type, department,
       salary_min, salary_max, salary_currency, salary_period, url, apply_url,
       posted_at, first_seen_at, last_seen_at, sources, platform, board
FROM postings
WHERE is_open
ORDER BY coalesce(posted_at, first_seen_at) DESC;
