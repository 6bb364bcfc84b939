-- raw_postings has no index (an ART index cost a third of the load time); the loader's anti-join keeps
-- (posting_key, content_hash) unique, and this check proves it.
SELECT count(*) - count(DISTINCT (posting_key, content_hash)) AS violations,
       'duplicate (posting_key, content_hash) versions: ' || (count(*) - count(DISTINCT (posting_key, content_hash))) AS detail
FROM raw_postings;
