-- Versions of timeline rows for "as recorded by T" queries (RowHistory): the columns of
-- timeline_entry, plus the event position that made the version and the recording times
-- (epoch millis) between which it was current. valid_to is null for the current version.
CREATE TABLE timeline_entry_history (
    entry_id         VARCHAR(255)  NOT NULL,
    conflict_key     VARCHAR(100)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    entity_id        VARCHAR(255)  NOT NULL,
    sort_at          BIGINT        NOT NULL,
    occurred_start   BIGINT,
    occurred_end     BIGINT,
    time_precision   VARCHAR(10)   NOT NULL,
    country_code     VARCHAR(2),
    title            VARCHAR(1000) NOT NULL,
    summary          VARCHAR(8000),
    marks            VARCHAR(1000) NOT NULL,
    recorded_at      BIGINT        NOT NULL,
    position         BIGINT        NOT NULL,
    last_position    BIGINT        NOT NULL,
    version_position BIGINT        NOT NULL,
    valid_from       BIGINT        NOT NULL,
    valid_to         BIGINT,
    PRIMARY KEY (entry_id, version_position)
);
CREATE INDEX timeline_entry_history_asof ON timeline_entry_history (conflict_key, valid_from, sort_at);
CREATE INDEX timeline_entry_history_open ON timeline_entry_history (entry_id, valid_to);

-- Rows that exist already get one version, current since their creation; a rebuild of the
-- timeline (warledger admin rebuild timeline) replaces this with their exact history.
INSERT INTO timeline_entry_history (entry_id, conflict_key, kind, entity_id, sort_at, occurred_start, occurred_end,
    time_precision, country_code, title, summary, marks, recorded_at, position, last_position, version_position,
    valid_from, valid_to)
SELECT entry_id, conflict_key, kind, entity_id, sort_at, occurred_start, occurred_end, time_precision, country_code,
    title, summary, marks, recorded_at, position, last_position, last_position, recorded_at, NULL
FROM timeline_entry;
