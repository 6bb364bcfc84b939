SELECT (count(*) - count(DISTINCT company_id))
       + CASE WHEN count(*) = 0 AND (SELECT count(*) FROM postings) > 0 THEN 1 ELSE 0 END AS violations,
       count(*) || ' companies, ' || count(DISTINCT company_id) || ' distinct ids' AS detail
FROM companies;
