-- The sources file as last loaded, so SQL can show configured boards next to their crawl history.
CREATE OR REPLACE TABLE configured_sources AS
SELECT * FROM configured_sources_input;
