-- Sources beyond full board listings: HN threads, remote boards, career pages.

-- full: the run lists every open job of the board, so absence closes a posting;
-- window: the feed shows only recent jobs (HN thread, RSS), absence closes nothing.
ALTER TABLE crawl_runs ADD COLUMN listing VARCHAR DEFAULT 'full';

-- When a posting stops being current without a board saying so (validThrough, an HN thread's month).
ALTER TABLE raw_postings ADD COLUMN expires_at TIMESTAMPTZ;
-- Structured facts the platform states (education, experience level, visa, e-mails, attribution ...).
ALTER TABLE raw_postings ADD COLUMN attributes JSON;
