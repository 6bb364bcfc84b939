SELECT count(*) AS violations,
       'open postings missing a title, company or URL: ' || count(*) AS detail
FROM postings
WHERE is_open AND (trim(title) = '' OR trim(company) = '' OR trim(url) = '');
