SELECT count(*) - count(DISTINCT posting_id) AS violations,
       'duplicate posting_id values: ' || (count(*) - count(DISTINCT posting_id)) AS detail
FROM postings;
