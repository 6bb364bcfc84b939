-- Application log rows with an unknown status or no time (byway mark never writes them; SQL edits might).
SELECT count(*) FILTER (WHERE status NOT IN ('applied', 'screen', 'onsite', 'offer', 'accepted', 'rejected',
                                             'dismissed') OR updated_at IS NULL) AS violations,
       count(*) || ' status changes for ' || count(DISTINCT posting_id) || ' postings' AS detail
FROM applications;
