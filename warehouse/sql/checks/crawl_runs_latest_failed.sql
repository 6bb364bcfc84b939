-- Warn: sources whose latest run failed (the rest of the run still loaded).
WITH latest AS (
    SELECT * FROM crawl_runs
    QUALIFY row_number() OVER (PARTITION BY source ORDER BY started_at DESC NULLS LAST) = 1
)
SELECT count(*) AS violations,
       coalesce(string_agg(source || ': ' || coalesce(error_summary, status), '; '), 'every source answered') AS detail
FROM latest
WHERE status = 'failed';
