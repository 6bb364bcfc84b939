-- What one discovery run concluded, board by board (and homepage by homepage where none was found).
SELECT company, outcome, platform, board, board_company, jobs, discovered_via, homepage, reason
FROM discovered_boards
WHERE run_id = $1
ORDER BY outcome = 'valid' DESC, company, platform;
