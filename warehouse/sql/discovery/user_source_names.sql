-- Names of the sources the user configured (not added by discovery): discovered names must not clash.
SELECT name FROM configured_sources WHERE coalesce(discovered_via, '') NOT LIKE 'discover:%';
