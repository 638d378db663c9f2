-- Indexes no query needs, each written on every event that touches its table:
-- timeline_entry_entity: nothing looks timeline entries up by entity id (entry_id is the key);
-- *_history_open: the open version of a row is found through the primary key's first column
--   (entry_id / claim_id: a row's few versions), and closing a version rewrote the index entry;
-- strike_view_conflict: strike_view_version (conflict_key, last_position) leads with the same column.
DROP INDEX timeline_entry_entity;
DROP INDEX timeline_entry_history_open;
DROP INDEX claim_view_history_open;
DROP INDEX strike_view_conflict;
