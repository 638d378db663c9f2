-- The timeline read model. Times are epoch milliseconds (portable, index-friendly).
CREATE TABLE timeline_entry (
    entry_id       VARCHAR(255)  NOT NULL PRIMARY KEY,
    conflict_key   VARCHAR(100)  NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    entity_id      VARCHAR(255)  NOT NULL,
    sort_at        BIGINT        NOT NULL,
    occurred_start BIGINT,
    occurred_end   BIGINT,
    time_precision VARCHAR(10)   NOT NULL,
    country_code   VARCHAR(2),
    title          VARCHAR(1000) NOT NULL,
    summary        VARCHAR(8000),
    marks          VARCHAR(1000) NOT NULL,
    recorded_at    BIGINT        NOT NULL,
    position       BIGINT        NOT NULL,
    last_position  BIGINT        NOT NULL
);
CREATE INDEX timeline_entry_order ON timeline_entry (conflict_key, sort_at, position);
CREATE INDEX timeline_entry_entity ON timeline_entry (entity_id);

CREATE TABLE timeline_party (
    entry_id  VARCHAR(255) NOT NULL,
    party_key VARCHAR(100) NOT NULL,
    PRIMARY KEY (entry_id, party_key)
);
CREATE INDEX timeline_party_key ON timeline_party (party_key, entry_id);

-- Current state of each strike, as a JSON document plus the columns queries filter on.
CREATE TABLE strike_view (
    strike_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    conflict_key  VARCHAR(100) NOT NULL,
    operation     VARCHAR(255),
    doc           VARCHAR      NOT NULL,
    last_position BIGINT       NOT NULL
);
CREATE INDEX strike_view_conflict ON strike_view (conflict_key);
