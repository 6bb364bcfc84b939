-- The profiles shortlisted on one day.
SELECT DISTINCT profile FROM shortlist WHERE shortlist_date = $date ORDER BY profile;
