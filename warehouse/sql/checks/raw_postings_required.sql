SELECT count(*) AS violations,
       'raw postings missing a title, company, URL or payload: ' || count(*) AS detail
FROM raw_postings
WHERE trim(title) = '' OR trim(company) = '' OR trim(url) = '' OR payload IS NULL;
