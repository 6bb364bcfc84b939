-- Sources beyond full board listings (HN threads, remote boards, career pages) and ATS discovery.

-- full: the run lists every open job of the board, so absence closes a posting;
-- window: the feed shows only recent jobs (HN thread, RSS), absence closes nothing.
ALTER TABLE crawl_runs ADD COLUMN listing VARCHAR DEFAULT 'full';

-- When a posting stops being current without a board saying so (validThrough, an HN thread's month).
ALTER TABLE raw_postings ADD COLUMN expires_at TIMESTAMPTZ;
-- Structured facts the platform states (education, experience level, visa, e-mails, attribution ...).
ALTER TABLE raw_postings ADD COLUMN attributes JSON;

-- Boards found on company pages, each validated against its platform's API before use.
CREATE TABLE discovered_boards (
    platform         VARCHAR NOT NULL,
    token            VARCHAR NOT NULL,
    company          VARCHAR,
    homepage         VARCHAR,
    careers_url      VARCHAR,
    discovered_via   VARCHAR NOT NULL,     -- e.g. link:https://…/careers, iframe, script, boardToken=
    is_valid         BOOLEAN NOT NULL,
    validation       VARCHAR,              -- why it is (not) valid: answered, company name, job count
    board_company    VARCHAR,              -- the company name the board itself reports
    jobs             INTEGER,
    validated_at     TIMESTAMPTZ NOT NULL,
    run_id           VARCHAR NOT NULL,
    PRIMARY KEY (platform, token, run_id)
);
