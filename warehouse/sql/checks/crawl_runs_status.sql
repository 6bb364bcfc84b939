SELECT count(*) AS violations,
       'crawl_runs rows with an unknown status: ' || coalesce(string_agg(DISTINCT status, ', '), 'none') AS detail
FROM crawl_runs
WHERE status NOT IN ('ok', 'empty', 'partial', 'failed');
