-- ai_trend months whose counts or share are impossible.
SELECT count(*) FILTER (WHERE postings <= 0 OR ai_postings < 0 OR ai_postings > postings
                            OR ai_share NOT BETWEEN 0 AND 1 OR month IS NULL) AS violations,
       count(*) || ' months, ' || coalesce(sum(postings), 0) || ' HN postings' AS detail
FROM ai_trend;
