-- source_health: every configured source with its latest run, the run before it, and its last successful one.
-- health: ok | never run | failing (latest run failed) | went empty (a full listing that had postings
-- returns none) | error rate up (errors per request rose by 25 points or more).
CREATE OR REPLACE VIEW source_health AS
WITH ranked AS (
    SELECT *, row_number() OVER (PARTITION BY source ORDER BY started_at DESC NULLS LAST) AS n
    FROM crawl_runs
),
latest AS (SELECT * FROM ranked WHERE n = 1),
previous AS (SELECT * FROM ranked WHERE n = 2),
last_ok AS (
    SELECT source, max(started_at) AS last_ok_at
    FROM crawl_runs WHERE status IN ('ok', 'empty')
    GROUP BY ALL
)
SELECT c.name AS source, c.platform, c.token AS board, c.company, c.enabled,
       CASE WHEN l.run_id IS NULL THEN 'never run'
            WHEN l.status = 'failed' THEN 'failing'
            WHEN l.listing = 'full' AND p.postings > 0 AND l.postings = 0 THEN 'went empty'
            WHEN l.errors / greatest(l.requests, 1) >= coalesce(p.errors / greatest(p.requests, 1), 0) + 0.25
                THEN 'error rate up'
            ELSE 'ok' END AS health,
       l.run_id AS last_run_id, l.started_at AS last_run_at, coalesce(l.status, 'never run') AS last_status,
       l.requests AS last_requests, l.responses AS last_responses,
       l.postings AS last_postings, l.errors AS last_errors, l.error_summary AS last_error,
       round(epoch(l.finished_at) - epoch(l.started_at), 1) AS last_duration_s,
       p.postings AS previous_postings,
       o.last_ok_at,
       (SELECT count(*) FROM postings x WHERE x.is_open AND list_contains(x.sources, c.name)) AS open_postings
FROM configured_sources c
LEFT JOIN latest l ON l.source = c.name
LEFT JOIN previous p ON p.source = c.name
LEFT JOIN last_ok o ON o.source = c.name
ORDER BY c.platform, c.name;
