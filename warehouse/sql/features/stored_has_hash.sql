-- Whether a features table ($table) already exists with its input_hash column: a warehouse from before the
-- column (or a fresh one) gets everything enriched.
SELECT count(*) AS n
FROM information_schema.columns
WHERE table_name = $table AND column_name = 'input_hash';
