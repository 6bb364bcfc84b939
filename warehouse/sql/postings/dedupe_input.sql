-- What the duplicate finder compares: every posting's company, title, description and source kind.
SELECT posting_id, company, title, description_text AS description, platform, first_seen_at::VARCHAR AS first_seen_at
FROM postings
ORDER BY posting_id;
