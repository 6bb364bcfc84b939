"""Assets by stage: crawl → raw (crawl_runs, raw_postings, rejects) → postings, companies."""
