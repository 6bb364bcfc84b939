-- Posting features the last run stored under the same rules ($version = FEATURE_VERSION): a posting whose
-- input_hash is unchanged keeps its own features instead of running the rules again (warehouse/features.py).
SELECT *
FROM posting_features
WHERE feature_version = $version;
