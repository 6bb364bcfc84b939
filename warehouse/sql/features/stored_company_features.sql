-- Company features the last run stored: a company whose input_hash (its postings, open roles and the rules)
-- is unchanged keeps them instead of reading all its postings again (warehouse/features.py).
SELECT *
FROM company_features;
