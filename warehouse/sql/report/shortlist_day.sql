-- One day's shortlist of one profile (all profiles when $profile is NULL) with what a reader needs to
-- decide: where, how, what it pays, the degree question, why it is off-path and the link.
SELECT s.shortlist_date, s.profile, s.rank, s.posting_id, round(s.score, 3) AS score, s.is_new, s.title, s.company,
       array_to_string(p.locations, '; ') AS location, f.work_mode, f.salary_min, f.salary_max, f.salary_currency,
       f.salary_period, f.degree_requirement, f.degree_evidence, f.company_size_band, f.is_b2b, f.is_big_name,
       round(f.off_path_score, 3) AS off_path_score, f.off_path_reasons, s.explanation, s.best_facet, s.evidence, s.url,
       round(s.semantic, 3) AS semantic, round(s.off_path, 3) AS off_path, round(s.degree_free, 3) AS degree_free,
       round(s.recency, 3) AS recency, round(s.salary, 3) AS salary, s.first_shown_date
FROM shortlist s
LEFT JOIN postings p USING (posting_id)
LEFT JOIN posting_features f USING (posting_id)
WHERE s.shortlist_date = $date AND ($profile IS NULL OR s.profile = $profile)
ORDER BY s.profile, s.rank;
