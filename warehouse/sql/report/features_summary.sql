-- Headline figures of the enrichment stage, for asset metadata.
SELECT count(*) FILTER (WHERE is_degree_free)                AS degree_free,
       count(*) FILTER (WHERE min_years_experience IS NOT NULL) AS with_years,
       count(*) FILTER (WHERE salary_min IS NOT NULL)        AS with_salary,
       count(*) FILTER (WHERE work_mode = 'remote')          AS remote,
       count(*) FILTER (WHERE mentions_ai)                   AS mentions_ai,
       round(avg(off_path_score), 3)                         AS mean_off_path_score
FROM posting_features;
