-- The registry read model: parties and claimants as JSON documents, and every name they are
-- known by (the key itself and each alias, normalised: trimmed, lowercase) for resolution.
CREATE TABLE party_view (
    party_key     VARCHAR(64)  NOT NULL PRIMARY KEY,
    doc           VARCHAR      NOT NULL,
    last_position BIGINT       NOT NULL
);

CREATE TABLE claimant_view (
    claimant_key  VARCHAR(64)  NOT NULL PRIMARY KEY,
    party_key     VARCHAR(64),
    doc           VARCHAR      NOT NULL,
    last_position BIGINT       NOT NULL
);
CREATE INDEX claimant_view_party ON claimant_view (party_key);

-- entity_type is PARTY or CLAIMANT; the first entity to take an alias keeps it.
CREATE TABLE registry_alias (
    entity_type VARCHAR(10)  NOT NULL,
    alias       VARCHAR(255) NOT NULL,
    entity_key  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (entity_type, alias)
);
