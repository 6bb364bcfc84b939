-- company_features: one row per employer (normalised name), size band, big name and B2B with evidence.
CREATE OR REPLACE TABLE company_features AS
SELECT * FROM company_features_input ORDER BY company_key;
