-- Open roles per company on its own ATS board: the weakest size evidence, used only when nothing else says.
SELECT company, count(*) AS open_roles
FROM postings
WHERE is_open AND platform IN ('greenhouse', 'lever', 'ashby', 'workable', 'smartrecruiters', 'recruitee', 'personio')
GROUP BY company;
