-- recent_rejects: what could not be used in the last 30 days, and why.
CREATE OR REPLACE VIEW recent_rejects AS
SELECT r.recorded_at, r.source, r.platform, r.kind, r.http_status, r.reason, r.source_posting_id,
       r.request_url, left(r.payload, 500) AS payload_excerpt
FROM rejects r
WHERE r.recorded_at >= now() - INTERVAL 30 DAY OR r.recorded_at IS NULL
ORDER BY r.recorded_at DESC NULLS LAST;
