-- A read model's history table keeps only the versions that were replaced (RowHistory): the
-- current version stays in the table itself, which now records when it started (valid_from).
-- A row never changed then costs nothing in the history: the timeline's entries and the claims
-- were each written twice, once in the table and once as their open version, with that version's
-- row, key and as-of index entry (docs/BENCHMARKS.md, "2 December, morning").
ALTER TABLE timeline_entry ADD COLUMN valid_from BIGINT;
UPDATE timeline_entry e SET valid_from = COALESCE((SELECT MAX(h.valid_from) FROM timeline_entry_history h
    WHERE h.entry_id = e.entry_id AND h.valid_to IS NULL), e.recorded_at);
ALTER TABLE timeline_entry ALTER COLUMN valid_from SET NOT NULL;
DELETE FROM timeline_entry_history WHERE valid_to IS NULL;
ALTER TABLE timeline_entry_history ALTER COLUMN valid_to SET NOT NULL;

ALTER TABLE claim_view ADD COLUMN valid_from BIGINT;
UPDATE claim_view c SET valid_from = COALESCE((SELECT MAX(h.valid_from) FROM claim_view_history h
    WHERE h.claim_id = c.claim_id AND h.valid_to IS NULL), 0);
ALTER TABLE claim_view ALTER COLUMN valid_from SET NOT NULL;
DELETE FROM claim_view_history WHERE valid_to IS NULL;
ALTER TABLE claim_view_history ALTER COLUMN valid_to SET NOT NULL;
