-- Whether posting_features already exists with its input_hash column: a warehouse from before the column
-- (or a fresh one) gets every posting enriched.
SELECT count(*) AS n
FROM information_schema.columns
WHERE table_name = 'posting_features' AND column_name = 'input_hash';
