-- matches: one row per profile and open job: rank (NULL when filtered), score, each component, the
-- passage that matched each profile facet, the filter reasons and the readable explanation.
CREATE OR REPLACE TABLE matches AS
SELECT * FROM matches_input ORDER BY profile, is_filtered, rank, score DESC;
