-- The warehouse's own tables (temporary ones excluded).
SELECT count(*) AS tables FROM duckdb_tables() WHERE NOT temporary;
