-- The score of every kept match, per profile (the score-distribution chart).
SELECT profile, score FROM matches WHERE NOT is_filtered ORDER BY profile, rank;
