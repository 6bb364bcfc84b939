-- As attach.sql, for DuckLake with its Parquet files under $data_path (BYWAY_DB_DATA_PATH), e.g. s3://bucket/byway/.
ATTACH $target AS byway (DATA_PATH $data_path, READ_ONLY $read_only);
