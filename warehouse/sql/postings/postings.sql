-- postings: one row per real job, rebuilt from the durable history (raw_postings, posting_sightings,
-- crawl_runs). Deriving it means re-running is idempotent by construction and nothing is ever deleted.
--
-- Lifecycle: a source "drops" a posting when a *complete* run of that source no longer lists it; a
-- failed run says nothing about what the board lists, so it never closes anything. A run that finds the
-- board empty is complete only when the source's previous answering run was empty too: a board that
-- suddenly lists nothing is more often a broken API than a company that closed every role in a day,
-- so its postings stay open until a second empty run confirms it.
-- A posting is closed when every source that listed it has dropped it (closed_at = the last drop); a
-- posting seen again after a drop is open again, keeps its first_seen_at and counts times_reopened.
-- Feeds that list only recent jobs (listing = 'window': HN threads, remote boards) never drop anything;
-- their postings, and any posting with a stated end (validThrough), close when expires_at has passed.
CREATE OR REPLACE TABLE postings AS
WITH answered AS (
    -- the status of the source's previous run that answered (ok or empty); failed runs in between skipped
    SELECT *, lag(status) OVER (PARTITION BY source, status IN ('ok', 'empty') ORDER BY started_at) AS previous
    FROM crawl_runs
),
runs AS (
    SELECT run_id, source, started_at,
           listing = 'full' AND (status = 'ok' OR (status = 'empty' AND previous = 'empty')) AS is_complete
    FROM answered
),
seen AS (
    SELECT s.posting_key, s.source, s.run_id, s.content_hash, r.started_at
    FROM posting_sightings s
    JOIN runs r USING (run_id, source)
),
listed AS (
    -- listed in a run: sighted, or sent but rejected (too large, unreadable): the board still lists it
    SELECT posting_key, source, run_id, started_at FROM seen
    UNION
    SELECT j.platform || ':' || j.board || ':' || j.source_posting_id, j.source, j.run_id, r.started_at
    FROM rejects j
    JOIN runs r USING (run_id, source)
    WHERE j.kind = 'posting' AND j.source_posting_id IS NOT NULL
),
per_source AS (
    SELECT posting_key, source, min(started_at) AS first_at, max(started_at) AS last_at
    FROM listed
    GROUP BY ALL
),
timeline AS (
    -- every complete run of a source from the posting's first sighting there on: listed or not
    SELECT p.posting_key, p.source, r.started_at, (s.run_id IS NOT NULL) AS is_listed
    FROM per_source p
    JOIN runs r ON r.source = p.source AND r.is_complete AND r.started_at >= p.first_at
    LEFT JOIN listed s ON s.posting_key = p.posting_key AND s.source = p.source AND s.run_id = r.run_id
),
transitions AS (
    SELECT posting_key, source, started_at, is_listed,
           lag(is_listed) OVER (PARTITION BY posting_key, source ORDER BY started_at) AS was_listed
    FROM timeline
),
reopens AS (
    SELECT posting_key, count(*) FILTER (WHERE is_listed AND was_listed = false) AS times_reopened
    FROM transitions
    GROUP BY ALL
),
drops AS (
    -- per source: the first complete run after its last sighting (NULL while still listed)
    SELECT p.posting_key, p.source, min(r.started_at) AS dropped_at
    FROM per_source p
    LEFT JOIN runs r ON r.source = p.source AND r.is_complete AND r.started_at > p.last_at
    GROUP BY ALL
),
lifecycle AS (
    SELECT posting_key,
           bool_and(dropped_at IS NOT NULL) AS is_dropped,
           max(dropped_at) AS last_drop_at,
           list(DISTINCT source ORDER BY source) AS sources
    FROM drops
    GROUP BY ALL
),
latest AS (
    -- the newest version of each posting's payload, by the run that last saw it
    SELECT posting_key, content_hash
    FROM seen
    QUALIFY row_number() OVER (PARTITION BY posting_key ORDER BY started_at DESC, content_hash) = 1
),
bounds AS (
    SELECT posting_key, min(started_at) AS first_seen_at, max(started_at) AS last_seen_at
    FROM seen
    GROUP BY ALL
)
SELECT
    substr(md5(r.posting_key), 1, 16)                                       AS posting_id,
    r.posting_key,
    r.platform,
    r.board,
    r.source_posting_id,
    trim(regexp_replace(lower(r.company), '[^a-z0-9]+', '-', 'g'), '-')     AS company_id,
    r.company,
    r.title,
    r.locations,
    r.work_mode,
    r.employment_type,
    r.department,
    r.salary_min,
    r.salary_max,
    r.salary_currency,
    r.salary_period,
    r.description_text,
    r.description_html,
    r.url,
    r.apply_url,
    r.posted_at,
    r.updated_at,
    b.first_seen_at,
    b.last_seen_at,
    CASE WHEN l.is_dropped THEN l.last_drop_at
         WHEN r.expires_at < current_timestamp THEN r.expires_at END         AS closed_at,
    NOT (l.is_dropped OR coalesce(r.expires_at < current_timestamp, false))  AS is_open,
    r.expires_at,
    r.attributes,
    coalesce(o.times_reopened, 0)                                            AS times_reopened,
    l.sources,
    r.content_hash
FROM latest x
JOIN raw_postings r USING (posting_key, content_hash)
JOIN bounds b USING (posting_key)
JOIN lifecycle l USING (posting_key)
LEFT JOIN reopens o USING (posting_key)
ORDER BY b.first_seen_at, r.posting_key;
