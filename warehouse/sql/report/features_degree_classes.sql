-- Postings per degree class, for asset metadata.
SELECT degree_requirement, count(*) AS postings
FROM posting_features
GROUP BY ALL
ORDER BY postings DESC;
