-- The top kept matches per profile (all profiles when $profile is NULL), best first, with why.
SELECT profile, rank, score, title, company, explanation, url, ranked_at, posting_id
FROM match_explanations
WHERE NOT is_filtered AND rank <= $top AND ($profile IS NULL OR profile = $profile)
ORDER BY profile, rank;
