-- Passages per section of the postings they come from, and how many are shared boilerplate.
SELECT section, count(*) AS passages, count(*) FILTER (WHERE is_shared) AS shared,
       round(avg(length(text))) AS avg_chars
FROM posting_chunks
GROUP BY section
ORDER BY passages DESC;
