-- Ceasefires, statements and operations. Each view keeps its entity as a JSON document plus the
-- columns queries filter and order on; times are epoch milliseconds.

-- A ceasefire's document holds every event of it, so its status at any moment can be derived.
CREATE TABLE ceasefire_view (
    ceasefire_id  VARCHAR(255) NOT NULL PRIMARY KEY,
    conflict_key  VARCHAR(100) NOT NULL,
    sort_at       BIGINT       NOT NULL,
    position      BIGINT       NOT NULL,
    doc           VARCHAR      NOT NULL,
    last_position BIGINT       NOT NULL
);
CREATE INDEX ceasefire_view_board ON ceasefire_view (conflict_key, sort_at, position);

CREATE TABLE statement_view (
    statement_id  VARCHAR(255) NOT NULL PRIMARY KEY,
    conflict_key  VARCHAR(100) NOT NULL,
    sort_at       BIGINT       NOT NULL,
    position      BIGINT       NOT NULL,
    doc           VARCHAR      NOT NULL
);
CREATE INDEX statement_view_order ON statement_view (conflict_key, sort_at, position);

CREATE TABLE operation_view (
    operation_id  VARCHAR(255) NOT NULL PRIMARY KEY,
    conflict_key  VARCHAR(100) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    doc           VARCHAR      NOT NULL,
    last_position BIGINT       NOT NULL
);
CREATE INDEX operation_view_conflict ON operation_view (conflict_key);
