-- match_explanations: the ranked jobs of every profile, best first, with why each is there.
CREATE OR REPLACE VIEW match_explanations AS
SELECT m.profile, m.posting_id, m.rank, round(m.score, 3) AS score, p.title, p.company, p.locations, f.work_mode,
       m.explanation, m.best_facet, m.evidence, p.url,
       round(m.semantic, 3) AS semantic, round(m.off_path, 3) AS off_path, round(m.degree_free, 3) AS degree_free,
       round(m.recency, 3) AS recency, round(m.salary, 3) AS salary, m.is_filtered, m.filter_reasons, m.ranked_at
FROM matches m
JOIN postings p USING (posting_id)
LEFT JOIN posting_features f USING (posting_id)
ORDER BY m.profile, m.is_filtered, m.rank, m.score DESC;
