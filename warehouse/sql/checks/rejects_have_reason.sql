SELECT count(*) AS violations, 'rejects without a readable reason: ' || count(*) AS detail
FROM rejects
WHERE reason IS NULL OR trim(reason) = '';
