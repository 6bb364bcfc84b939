-- shortlist_latest: the newest day's shortlist of every profile with the posting's features, best first.
CREATE OR REPLACE VIEW shortlist_latest AS
SELECT s.shortlist_date, s.profile, s.rank, s.posting_id, round(s.score, 3) AS score, s.is_new, s.title, s.company,
       p.locations, f.work_mode, f.salary_min, f.salary_max, f.salary_currency, f.salary_period,
       f.degree_requirement, f.company_size_band, f.off_path_reasons, s.explanation, s.url, s.first_shown_date
FROM shortlist s
LEFT JOIN postings p USING (posting_id)
LEFT JOIN posting_features f USING (posting_id)
WHERE s.shortlist_date = (SELECT max(shortlist_date) FROM shortlist)
ORDER BY s.profile, s.rank;
