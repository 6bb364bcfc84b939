-- Every day that has a shortlist, oldest first.
SELECT DISTINCT shortlist_date FROM shortlist ORDER BY shortlist_date;
