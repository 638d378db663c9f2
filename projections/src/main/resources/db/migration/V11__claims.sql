-- Current state of each claim, as a JSON document plus the columns queries filter on.
-- position is the global position of the assertion: list order and the tally's recording order.
CREATE TABLE claim_view (
    claim_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    conflict_key  VARCHAR(100) NOT NULL,
    claimant_key  VARCHAR(64)  NOT NULL,
    subject_party VARCHAR(64)  NOT NULL,
    category      VARCHAR(40)  NOT NULL,
    retracted     BOOLEAN      NOT NULL,
    position      BIGINT       NOT NULL,
    doc           VARCHAR      NOT NULL,
    last_position BIGINT       NOT NULL
);
CREATE INDEX claim_view_conflict ON claim_view (conflict_key, position);

-- The strikes each claim is about.
CREATE TABLE claim_strike (
    claim_id  VARCHAR(255) NOT NULL,
    strike_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (claim_id, strike_id)
);
CREATE INDEX claim_strike_strike ON claim_strike (strike_id, claim_id);
