-- Stage one landing file: every record kind in one typed table (missing fields are NULL).
-- Timestamps stay text here and are cast with try_cast below, so one odd date cannot fail a load.
CREATE OR REPLACE TEMP TABLE landing AS
SELECT *
FROM read_json(
    ?,
    format = 'newline_delimited',
    columns = {
        kind: 'VARCHAR', run_id: 'VARCHAR', source: 'VARCHAR', platform: 'VARCHAR', board: 'VARCHAR',
        company: 'VARCHAR', request_url: 'VARCHAR', fetched_at: 'VARCHAR',
        source_posting_id: 'VARCHAR', title: 'VARCHAR', url: 'VARCHAR', apply_url: 'VARCHAR',
        locations: 'VARCHAR[]', work_mode: 'VARCHAR', employment_type: 'VARCHAR', department: 'VARCHAR',
        salary_min: 'DOUBLE', salary_max: 'DOUBLE', salary_currency: 'VARCHAR', salary_period: 'VARCHAR',
        description_html: 'VARCHAR', description_text: 'VARCHAR', posted_at: 'VARCHAR', updated_at: 'VARCHAR',
        content_hash: 'VARCHAR', payload: 'JSON', reason: 'VARCHAR', http_status: 'INTEGER',
        status: 'VARCHAR', started_at: 'VARCHAR', finished_at: 'VARCHAR', requests: 'INTEGER',
        responses: 'INTEGER', postings: 'INTEGER', rejects: 'INTEGER', errors: 'INTEGER',
        error_summary: 'VARCHAR'
    },
    maximum_object_size = 67108864
);
