-- One day's shortlist: per profile, the $top best kept matches the user has not applied to or dismissed
-- (any status in the application log counts), ranked again 1..$top, each marked new when no earlier
-- shortlist of that profile showed it.
INSERT INTO shortlist
WITH acted AS (
    SELECT DISTINCT posting_id FROM applications
),
earlier AS (
    SELECT profile, posting_id, min(shortlist_date) AS first_shown_date
    FROM shortlist
    WHERE shortlist_date < $date
    GROUP BY ALL
),
picked AS (
    SELECT m.*, row_number() OVER (PARTITION BY m.profile ORDER BY m.rank) AS day_rank
    FROM matches m
    ANTI JOIN acted a USING (posting_id)
    WHERE NOT m.is_filtered
    QUALIFY day_rank <= $top
)
SELECT $date AS shortlist_date, k.profile, k.day_rank AS rank, k.posting_id, k.score, k.semantic, k.off_path,
       k.degree_free, k.recency, k.salary, k.best_facet, k.evidence, k.explanation, p.title, p.company, p.url,
       e.posting_id IS NULL AS is_new, coalesce(e.first_shown_date, $date) AS first_shown_date,
       $shown_at AS shown_at
FROM picked k
JOIN postings p USING (posting_id)
LEFT JOIN earlier e ON e.profile = k.profile AND e.posting_id = k.posting_id;
