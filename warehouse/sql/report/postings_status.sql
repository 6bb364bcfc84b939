SELECT count(*) FILTER (WHERE is_open)            AS open,
       count(*) FILTER (WHERE NOT is_open)        AS closed,
       count(*) FILTER (WHERE times_reopened > 0) AS reopened
FROM postings;
