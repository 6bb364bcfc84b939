-- Boards discovery confirmed (latest verdict valid) that no configured source crawls yet: the boards
-- written to the discovered-sources file, so the next crawl reads them.
SELECT company, platform, board, discovered_via, careers_url, homepage, validated_at
FROM discovered_boards_latest
WHERE outcome = 'valid'
  AND NOT EXISTS (
        SELECT 1 FROM configured_sources c
        WHERE c.platform = discovered_boards_latest.platform AND lower(c.token) = lower(discovered_boards_latest.board)
          AND coalesce(c.discovered_via, '') NOT LIKE 'discover:%')
ORDER BY platform, lower(board);
