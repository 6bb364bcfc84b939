-- ATS discovery: every board byway guessed for a company, and what its platform's API said.
-- Durable history (never rebuilt): a board's latest row says whether it is valid and when it was checked.
CREATE TABLE discovered_boards (
    discovery_id   VARCHAR PRIMARY KEY,   -- md5 of run, candidate URL, platform and board
    run_id         VARCHAR NOT NULL,
    company        VARCHAR NOT NULL,      -- the company byway was looking for
    homepage       VARCHAR NOT NULL,      -- the URL it started from
    candidate_via  VARCHAR,               -- where the company came from: user, hn:<posting_key>
    careers_url    VARCHAR,               -- the page the board was found on
    platform       VARCHAR,               -- NULL when no board was found
    board          VARCHAR,
    discovered_via VARCHAR,               -- url | link:<page> | iframe:<page> | script:<page> | config:<page> | redirect:<url>
    outcome        VARCHAR NOT NULL,      -- valid | invalid | unchecked | no_board | unreachable
    reason         VARCHAR NOT NULL,
    board_company  VARCHAR,               -- the company name the board states
    jobs           INTEGER,               -- jobs the board listed when validated
    validated_at   TIMESTAMPTZ NOT NULL,
    landing_file   VARCHAR
);
