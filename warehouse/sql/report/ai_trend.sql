-- The AI / ML / LLM share of HN postings per month (empty until the trend stage has run).
SELECT month, postings, ai_postings, ai_share FROM ai_trend ORDER BY month;
