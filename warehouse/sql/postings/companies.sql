-- companies: one row per employer seen in postings, with its boards and how many roles it has open.
-- Open roles on its own board are a first proxy for size (enrichment refines it).
CREATE OR REPLACE TABLE companies AS
WITH configured AS (
    SELECT trim(regexp_replace(lower(company), '[^a-z0-9]+', '-', 'g'), '-') AS company_id,
           any_value(careers_url) FILTER (WHERE careers_url IS NOT NULL) AS careers_url
    FROM configured_sources
    GROUP BY ALL
)
SELECT
    p.company_id,
    mode(p.company)                                         AS name,
    list(DISTINCT p.platform ORDER BY p.platform)           AS platforms,
    list(DISTINCT p.platform || ':' || p.board ORDER BY p.platform || ':' || p.board) AS boards,
    count(*) FILTER (WHERE p.is_open)                       AS open_postings,
    count(*)                                                AS total_postings,
    min(p.first_seen_at)                                    AS first_seen_at,
    max(p.last_seen_at)                                     AS last_seen_at,
    any_value(c.careers_url)                                AS careers_url
FROM postings p
LEFT JOIN configured c USING (company_id)
GROUP BY p.company_id
ORDER BY p.company_id;
