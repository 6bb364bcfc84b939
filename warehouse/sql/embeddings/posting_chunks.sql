-- posting_chunks: every passage of every open job, with the vector the ranking reads (FLOAT[dim]).
-- `text` is what users are shown as evidence; the model read it with the title in front unless
-- is_shared (the same passage appears in several postings, e.g. a company's "about us").
CREATE OR REPLACE TABLE posting_chunks AS
SELECT * FROM posting_chunks_input ORDER BY posting_id, passage_no;
