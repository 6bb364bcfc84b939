SELECT count(*) AS violations,
       'postings whose open flag, closed_at or seen dates disagree: ' || count(*) AS detail
FROM postings
WHERE (is_open AND closed_at IS NOT NULL)
   OR (NOT is_open AND closed_at IS NULL)
   OR first_seen_at > last_seen_at
   OR (closed_at IS NOT NULL AND closed_at <= last_seen_at);
