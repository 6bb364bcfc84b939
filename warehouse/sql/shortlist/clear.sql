-- Drop one day's shortlist before it is written again (re-running a day replaces it).
DELETE FROM shortlist WHERE shortlist_date = $date;
