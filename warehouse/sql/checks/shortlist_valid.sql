-- The latest day's shortlist: ranks 1..n without gaps per profile, scores in [0, 1], and no posting the
-- user had applied to or dismissed before the day was written.
WITH day AS (SELECT * FROM shortlist WHERE shortlist_date = (SELECT max(shortlist_date) FROM shortlist)),
bad AS (
    SELECT profile FROM day GROUP BY profile HAVING max(rank) <> count(*) OR min(rank) <> 1
    UNION ALL
    SELECT profile FROM day WHERE score NOT BETWEEN 0 AND 1
    UNION ALL
    SELECT d.profile FROM day d JOIN applications a ON a.posting_id = d.posting_id AND a.updated_at < d.shown_at
)
SELECT (SELECT count(*) FROM bad) AS violations,
       (SELECT count(*) FROM day) || ' postings on ' || coalesce(CAST((SELECT max(shortlist_date) FROM shortlist)
                                                                     AS VARCHAR), 'no day yet') AS detail;
