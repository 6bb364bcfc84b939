-- ai_trend: per month, the share of Hacker News "Who is hiring" postings that mention AI, ML or LLMs
-- (posting_features.mentions_ai). Closed postings count: the trend is about when they were posted.
CREATE OR REPLACE TABLE ai_trend AS
SELECT strftime(date_trunc('month', coalesce(p.posted_at, p.first_seen_at)), '%Y-%m') AS month,
       count(*)                                                           AS postings,
       count(*) FILTER (WHERE f.mentions_ai)                             AS ai_postings,
       round(count(*) FILTER (WHERE f.mentions_ai) / count(*), 4)        AS ai_share
FROM postings p
JOIN posting_features f USING (posting_id)
WHERE p.platform = 'hackernews'
GROUP BY ALL
ORDER BY month;
