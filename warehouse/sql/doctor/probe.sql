-- byway doctor: prove the warehouse takes writes (a temporary table vanishes with the connection) and
-- count its tables.
CREATE TEMP TABLE doctor_probe AS SELECT 1 AS x;
