-- What the ranking reads: every open job once, with its enrichment features (the work mode, salary and
-- company facts are the enriched ones, which correct the board's flags from the text).
SELECT p.posting_id, p.title, p.company, p.locations, p.description_text AS description, p.url,
       p.posted_at, p.first_seen_at, p.job_is_open AS is_open,
       f.degree_requirement, f.degree_evidence, f.is_degree_free, f.role_family, f.seniority,
       f.seniority_evidence, f.work_mode, f.countries, f.remote_limited_to, f.salary_min, f.salary_max,
       f.salary_currency, f.salary_period, f.visa_sponsorship, f.company_size_band, f.is_big_name, f.is_b2b,
       f.off_path_score
FROM postings p
JOIN posting_features f USING (posting_id)
WHERE p.job_is_open AND p.duplicate_of IS NULL
ORDER BY p.posting_id;
