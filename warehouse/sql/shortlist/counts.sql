-- Postings shown and new per profile on one day.
SELECT profile, count(*) AS shown, count(*) FILTER (WHERE is_new) AS new
FROM shortlist
WHERE shortlist_date = $date
GROUP BY ALL
ORDER BY profile;
