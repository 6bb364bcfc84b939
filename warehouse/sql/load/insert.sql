-- Move the staged landing file into the durable tables. Every insert skips keys already present (an
-- anti-join: far cheaper in DuckDB than ON CONFLICT), so loading the same records again changes nothing;
-- duplicates inside one file (a board listing a job twice) keep one row.

INSERT INTO crawl_runs (run_id, source, platform, board, company, started_at, finished_at, status,
                        requests, responses, postings, rejects, errors, error_summary, landing_file, listing)
SELECT run_id, source, platform, board, company, try_cast(started_at AS TIMESTAMPTZ),
       try_cast(finished_at AS TIMESTAMPTZ), status, coalesce(requests, 0), coalesce(responses, 0),
       coalesce(postings, 0), coalesce(rejects, 0), coalesce(errors, 0), error_summary, filename,
       coalesce(listing, 'full')
FROM landing
WHERE kind = 'source_run'
QUALIFY row_number() OVER (PARTITION BY run_id, source) = 1
ON CONFLICT DO NOTHING;

INSERT INTO raw_postings
SELECT staged.* FROM (
SELECT platform || ':' || board || ':' || source_posting_id AS posting_key, content_hash, platform, board,
       source_posting_id, run_id, source, try_cast(fetched_at AS TIMESTAMPTZ), request_url, title, company,
       url, apply_url, coalesce(locations, []), coalesce(work_mode, 'unknown'), employment_type, department,
       salary_min, salary_max, salary_currency, salary_period, description_html, description_text,
       try_cast(posted_at AS TIMESTAMPTZ), try_cast(updated_at AS TIMESTAMPTZ), payload,
       try_cast(expires_at AS TIMESTAMPTZ), coalesce(attributes, '{}')
FROM landing
WHERE kind = 'posting'
QUALIFY row_number() OVER (PARTITION BY posting_key, content_hash ORDER BY fetched_at) = 1
) AS staged
ANTI JOIN raw_postings USING (posting_key, content_hash);

INSERT INTO posting_sightings
SELECT staged.* FROM (
SELECT run_id, source, platform || ':' || board || ':' || source_posting_id AS posting_key, content_hash,
       try_cast(fetched_at AS TIMESTAMPTZ) AS seen_at
FROM landing
WHERE kind = 'posting'
QUALIFY row_number() OVER (PARTITION BY run_id, source, posting_key ORDER BY fetched_at) = 1
) AS staged
ANTI JOIN posting_sightings USING (run_id, source, posting_key);

INSERT INTO rejects
SELECT md5(concat_ws('|', run_id, source, kind, request_url, source_posting_id, reason, payload::VARCHAR)),
       run_id, source, platform, board, CASE kind WHEN 'reject' THEN 'posting' ELSE 'fetch' END,
       source_posting_id, request_url, http_status, reason, payload::VARCHAR,
       try_cast(fetched_at AS TIMESTAMPTZ)
FROM landing
WHERE kind IN ('reject', 'fetch_error')
ON CONFLICT DO NOTHING;

INSERT INTO discovered_boards
SELECT md5(concat_ws('|', run_id, homepage, platform, board)), run_id, company, homepage, candidate_via,
       careers_url, platform, board, discovered_via, outcome, reason, board_company, jobs,
       try_cast(fetched_at AS TIMESTAMPTZ), filename
FROM landing
WHERE kind = 'discovered_board'
ON CONFLICT DO NOTHING;

INSERT INTO landing_files (path, run_id, records)
SELECT filename, coalesce(any_value(run_id), ''), count(*)
FROM landing
GROUP BY filename
ON CONFLICT DO NOTHING;
