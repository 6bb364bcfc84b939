-- posting_features: one row per posting, every enrichment feature with its evidence (models/enrich).
CREATE OR REPLACE TABLE posting_features AS
SELECT * FROM posting_features_input ORDER BY posting_id;
