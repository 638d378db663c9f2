-- An entry's parties move from their own table into a column of the entry and of its versions:
-- party keys (registered keys, [A-Z0-9-]) in key order, joined by commas. The party table cost a
-- row and two index entries per party on every entry written, and a second query per page read
-- (docs/BENCHMARKS.md, "2 December, morning"). An entry's parties never change, so every version
-- of it has the same.
ALTER TABLE timeline_entry ADD COLUMN parties VARCHAR(8000) DEFAULT '' NOT NULL;
ALTER TABLE timeline_entry_history ADD COLUMN parties VARCHAR(8000) DEFAULT '' NOT NULL;
UPDATE timeline_entry e SET parties = COALESCE((SELECT STRING_AGG(p.party_key, ',' ORDER BY p.party_key)
    FROM timeline_party p WHERE p.entry_id = e.entry_id), '');
UPDATE timeline_entry_history h SET parties = COALESCE((SELECT STRING_AGG(p.party_key, ',' ORDER BY p.party_key)
    FROM timeline_party p WHERE p.entry_id = h.entry_id), '');
DROP TABLE timeline_party;
DELETE FROM read_model_reset WHERE table_name = 'timeline_party';
