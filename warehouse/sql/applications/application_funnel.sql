-- application_funnel: per week (Monday), how many postings first reached each status that week.
CREATE OR REPLACE TABLE application_funnel AS
SELECT * FROM application_funnel_input ORDER BY week_date;
