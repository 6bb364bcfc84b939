SELECT * FROM source_health;
