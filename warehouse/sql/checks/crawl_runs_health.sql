-- Warn: a board that had postings in its previous run returns none now, or a source's error rate
-- (errors per request) rose by 25 points or more. Window feeds (HN, remote boards) legitimately return
-- nothing new, so only full listings can "go empty".
WITH ranked AS (
    SELECT *, row_number() OVER (PARTITION BY source ORDER BY started_at DESC NULLS LAST) AS n
    FROM crawl_runs
),
pair AS (
    SELECT now.source, now.listing, now.postings AS now_postings, before.postings AS before_postings,
           now.errors / greatest(now.requests, 1) AS now_rate, before.errors / greatest(before.requests, 1) AS before_rate
    FROM ranked now
    JOIN ranked before ON before.source = now.source AND now.n = 1 AND before.n = 2
),
flagged AS (
    SELECT source,
           CASE WHEN now_rate >= before_rate + 0.25
                    THEN 'error rate rose from ' || round(100 * before_rate)::INTEGER || '% to ' || round(100 * now_rate)::INTEGER || '%'
                WHEN listing = 'full' AND before_postings > 0 AND now_postings = 0
                    THEN 'had ' || before_postings || ' postings in the previous run, none now'
           END AS problem
    FROM pair
)
SELECT count(problem) AS violations,
       coalesce(string_agg(source || ': ' || problem, '; ' ORDER BY source),
                'no source went empty or started failing') AS detail
FROM flagged;
