-- application_funnel weeks that are not Mondays or carry negative counts.
SELECT count(*) FILTER (WHERE isodow(week_date) <> 1
                            OR least(applied, screen, onsite, offer, accepted, rejected, dismissed) < 0) AS violations,
       count(*) || ' weeks, ' || coalesce(sum(applied), 0) || ' applications' AS detail
FROM application_funnel;
