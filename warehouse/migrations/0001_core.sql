-- Durable tables: what cannot be recomputed (raw history, crawl outcomes, the user's own log, caches).
-- postings and companies are derived from these by warehouse/sql/postings/*.sql.

-- One row per source per crawl run: what was asked, what came back, and why it failed.
CREATE TABLE crawl_runs (
    run_id          VARCHAR NOT NULL,
    source          VARCHAR NOT NULL,
    platform        VARCHAR NOT NULL,
    board           VARCHAR,
    company         VARCHAR,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    status          VARCHAR NOT NULL,        -- ok | empty | partial | failed
    requests        INTEGER NOT NULL DEFAULT 0,
    responses       INTEGER NOT NULL DEFAULT 0,
    postings        INTEGER NOT NULL DEFAULT 0,
    rejects         INTEGER NOT NULL DEFAULT 0,
    errors          INTEGER NOT NULL DEFAULT 0,
    error_summary   VARCHAR,
    landing_file    VARCHAR,
    loaded_at       TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (run_id, source)
);

-- Landing files already loaded, so a re-run loads nothing twice.
CREATE TABLE landing_files (
    path        VARCHAR PRIMARY KEY,
    run_id      VARCHAR NOT NULL,
    records     BIGINT NOT NULL,
    loaded_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- Each distinct version of a posting's raw payload, with the fields its platform parser normalised.
-- posting_key = platform:board:source_posting_id; a new version appears when the payload changes.
-- (posting_key, content_hash) is unique, kept so by the loader's anti-join and checked by an asset
-- check; there is deliberately no index: it cost a third of the bulk-load time.
CREATE TABLE raw_postings (
    posting_key         VARCHAR NOT NULL,
    content_hash        VARCHAR NOT NULL,
    platform            VARCHAR NOT NULL,
    board               VARCHAR NOT NULL,
    source_posting_id   VARCHAR NOT NULL,
    first_run_id        VARCHAR NOT NULL,
    first_source        VARCHAR NOT NULL,
    fetched_at          TIMESTAMPTZ,
    request_url         VARCHAR,
    title               VARCHAR NOT NULL,
    company             VARCHAR NOT NULL,
    url                 VARCHAR NOT NULL,
    apply_url           VARCHAR,
    locations           VARCHAR[],
    work_mode           VARCHAR,
    employment_type     VARCHAR,
    department          VARCHAR,
    salary_min          DOUBLE,
    salary_max          DOUBLE,
    salary_currency     VARCHAR,
    salary_period       VARCHAR,
    description_html    VARCHAR,
    description_text    VARCHAR,
    posted_at           TIMESTAMPTZ,
    updated_at          TIMESTAMPTZ,
    payload             JSON NOT NULL
);

-- Which postings each source listed in each run: the history that first/last seen and closing derive from.
CREATE TABLE posting_sightings (
    run_id          VARCHAR NOT NULL,
    source          VARCHAR NOT NULL,
    posting_key     VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,
    seen_at         TIMESTAMPTZ,
    PRIMARY KEY (run_id, source, posting_key)
);

-- What could not be used: a posting a parser refused, or a fetch that produced no usable response.
CREATE TABLE rejects (
    reject_id           VARCHAR PRIMARY KEY,
    run_id              VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,
    platform            VARCHAR,
    board               VARCHAR,
    kind                VARCHAR NOT NULL,    -- posting | fetch
    source_posting_id   VARCHAR,
    request_url         VARCHAR,
    http_status         INTEGER,
    reason              VARCHAR NOT NULL,
    payload             VARCHAR,
    recorded_at         TIMESTAMPTZ
);

-- The user's own application log (filled by later features).
CREATE TABLE applications (
    application_id  VARCHAR PRIMARY KEY,
    posting_id      VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    applied_at      TIMESTAMPTZ,
    notes           VARCHAR,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- Embeddings by content hash of the text and the model name (filled by the matching stage).
CREATE TABLE embedding_cache (
    content_hash    VARCHAR NOT NULL,
    model           VARCHAR NOT NULL,
    dim             INTEGER NOT NULL,
    vector          FLOAT[] NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (content_hash, model)
);
