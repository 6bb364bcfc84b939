-- The daily shortlist and the user's application log.

-- Which postings each profile was shown on which day, in what order and why. Durable: the ranking
-- behind it is rebuilt every run, but what was shown on a past day cannot be recomputed. The daily
-- asset replaces one day (shortlist_date) at a time, so re-running a day is idempotent.
CREATE TABLE shortlist (
    shortlist_date    DATE NOT NULL,
    profile           VARCHAR NOT NULL,
    rank              INTEGER NOT NULL,
    posting_id        VARCHAR NOT NULL,
    score             DOUBLE NOT NULL,
    semantic          DOUBLE,
    off_path          DOUBLE,
    degree_free       DOUBLE,
    recency           DOUBLE,
    salary            DOUBLE,
    best_facet        VARCHAR,
    evidence          VARCHAR,
    explanation       VARCHAR,
    title             VARCHAR,              -- as shown that day (the posting may change later)
    company           VARCHAR,
    url               VARCHAR,
    is_new            BOOLEAN NOT NULL,     -- not on any earlier shortlist of this profile
    first_shown_date  DATE NOT NULL,
    shown_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (shortlist_date, profile, posting_id)
);

-- applications (0001) is an append-only log: `byway mark` adds one row per status change; the latest
-- row per posting is its status. The note column is named for what it holds.
ALTER TABLE applications RENAME COLUMN notes TO note;
