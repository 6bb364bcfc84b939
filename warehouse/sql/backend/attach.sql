-- A warehouse that lives behind ATTACH: DuckLake (`ducklake:postgres:dbname=byway host=…`), or any other
-- database DuckDB attaches. Attached as `byway` and made the default catalog (USE), so every other SQL
-- file runs unchanged. $target is BYWAY_DB.
ATTACH $target AS byway (READ_ONLY $read_only);
