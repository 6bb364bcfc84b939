-- One row per employer key.
SELECT count(*) - count(DISTINCT company_key) AS violations,
       'company_features rows: ' || count(*) || ', distinct companies: ' || count(DISTINCT company_key) AS detail
FROM company_features;
