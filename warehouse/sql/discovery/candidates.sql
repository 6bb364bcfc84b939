-- Companies to search for an ATS board, newest first: the websites of companies seen on Hacker News, and
-- the career pages configured for companies without a board (jsonld sources, careers_url).
-- Skips companies with a crawled board already, and websites with a verdict (valid, invalid, no_board)
-- within `retry_days`: a site without a board is not asked again every morning, while one that could
-- not be reached (offline, down) is tried again next run. Parameters: $retry_days, $limit.
WITH seen AS (
    SELECT company,
           CASE WHEN attributes->>'company_website' ILIKE 'http%' THEN attributes->>'company_website'
                ELSE 'https://' || (attributes->>'company_website') END AS url,
           'hn:' || posting_key AS via, coalesce(posted_at, first_seen_at) AS seen
    FROM postings
    WHERE platform = 'hackernews' AND attributes->>'company_website' IS NOT NULL AND company <> ''
    UNION ALL
    SELECT company, coalesce(careers_url, pages[1]) AS url, 'config:' || name AS via, current_timestamp AS seen
    FROM configured_sources
    WHERE platform NOT IN ('greenhouse', 'lever', 'ashby', 'workable', 'smartrecruiters', 'recruitee', 'personio')
      AND coalesce(careers_url, pages[1]) IS NOT NULL AND coalesce(discovered_via, '') NOT LIKE 'discover:%'
),
per_site AS (
    SELECT arg_max(company, seen) AS company, url, arg_max(via, seen) AS via, max(seen) AS seen
    FROM seen
    GROUP BY url
)
SELECT company, url, via
FROM per_site s
WHERE NOT EXISTS (
        SELECT 1 FROM discovered_boards d
        WHERE d.homepage = s.url AND d.outcome IN ('valid', 'invalid', 'no_board')
          AND d.validated_at > current_timestamp - to_days(CAST($retry_days AS INTEGER)))
  AND NOT EXISTS (
        SELECT 1 FROM configured_sources c
        WHERE lower(c.company) = lower(s.company) AND c.platform IN
              ('greenhouse', 'lever', 'ashby', 'workable', 'smartrecruiters', 'recruitee', 'personio'))
ORDER BY s.seen DESC, s.url
LIMIT $limit;
