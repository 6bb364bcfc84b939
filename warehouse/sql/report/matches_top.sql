-- The top 5 kept matches of each profile, with the reason they are there (asset metadata preview).
SELECT m.profile, m.rank, round(m.score, 3) AS score, p.title, p.company, m.explanation
FROM matches m
JOIN postings p USING (posting_id)
WHERE NOT m.is_filtered AND m.rank <= 5
ORDER BY m.profile, m.rank;
