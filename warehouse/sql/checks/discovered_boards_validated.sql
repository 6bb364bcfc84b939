-- Every board added by discovery is crawled only while its latest verdict is valid: a board that now
-- names another company (a reused token) must not keep feeding postings.
SELECT count(*) AS violations,
       coalesce('crawled without a valid verdict: ' || string_agg(c.name, ', ' ORDER BY c.name),
                'every discovered board crawled has a valid latest verdict') AS detail
FROM configured_sources c
LEFT JOIN discovered_boards_latest d ON d.platform = c.platform AND lower(d.board) = lower(c.token)
WHERE c.discovered_via LIKE 'discover:%' AND coalesce(d.outcome, '') <> 'valid';
