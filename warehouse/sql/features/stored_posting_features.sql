-- Posting features the last run stored: a posting whose input_hash (its inputs and the rules) is unchanged
-- keeps its own features instead of running the rules again (warehouse/features.py).
SELECT *
FROM posting_features;
