-- Landing files already loaded: the loader skips them, which makes re-running a no-op.
SELECT path FROM landing_files;
