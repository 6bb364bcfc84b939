-- What one run did, per source: requests, postings, new, closed, errors (for `byway run` and metadata).
SELECT
    r.source,
    r.platform,
    r.board,
    r.status,
    r.requests,
    r.postings,
    (SELECT count(*) FROM postings p
      WHERE list_contains(p.sources, r.source) AND p.first_seen_at = r.started_at)           AS new,
    (SELECT count(*) FROM postings p
      WHERE list_contains(p.sources, r.source) AND p.closed_at = r.started_at)               AS closed,
    r.rejects,
    r.errors,
    r.error_summary
FROM crawl_runs r
WHERE r.run_id = ?
ORDER BY r.platform, r.source;
