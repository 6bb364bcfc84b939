-- discovered_boards_latest: the latest discovery verdict per board (or per homepage where no board was found).
-- outcome: valid (the board answers and names the company) | invalid (it names another company, or does
-- not exist) | unchecked (its API could not be reached) | no_board | unreachable.
-- crawled: the board is a source byway crawls (configured, or added from discovery).
CREATE OR REPLACE VIEW discovered_boards_latest AS
SELECT d.company, d.platform, d.board, d.outcome, d.reason, d.board_company, d.jobs, d.discovered_via,
       d.careers_url, d.homepage, d.candidate_via, d.validated_at, d.run_id,
       (c.name IS NOT NULL) AS crawled, c.name AS source
FROM discovered_boards d
LEFT JOIN configured_sources c ON c.platform = d.platform AND lower(c.token) = lower(d.board)
QUALIFY row_number() OVER (
    PARTITION BY coalesce(d.platform || ':' || lower(d.board), 'homepage:' || d.homepage)
    ORDER BY d.validated_at DESC, d.discovery_id
) = 1;
