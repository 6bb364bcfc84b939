-- source_health: every configured source with its latest run, and its last successful one.
CREATE OR REPLACE VIEW source_health AS
WITH latest AS (
    SELECT * FROM crawl_runs
    QUALIFY row_number() OVER (PARTITION BY source ORDER BY started_at DESC NULLS LAST) = 1
),
last_ok AS (
    SELECT source, max(started_at) AS last_ok_at
    FROM crawl_runs WHERE status IN ('ok', 'empty')
    GROUP BY ALL
)
SELECT c.name AS source, c.platform, c.token AS board, c.company, c.enabled,
       l.run_id AS last_run_id, l.started_at AS last_run_at, coalesce(l.status, 'never run') AS last_status,
       l.postings AS last_postings, l.errors AS last_errors, l.error_summary AS last_error,
       o.last_ok_at,
       (SELECT count(*) FROM postings p WHERE p.is_open AND list_contains(p.sources, c.name)) AS open_postings
FROM configured_sources c
LEFT JOIN latest l ON l.source = c.name
LEFT JOIN last_ok o ON o.source = c.name
ORDER BY c.platform, c.name;
