"""The DuckDB warehouse: migrations for durable tables, SQL files for derived ones, the landing loader."""
