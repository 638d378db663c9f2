-- Versions of claim_view rows for "as recorded by T" tallies (RowHistory): the columns of
-- claim_view, plus the event position that made the version and the recording times (epoch
-- millis) between which it was current. valid_to is null for the current version.
CREATE TABLE claim_view_history (
    claim_id         VARCHAR(255) NOT NULL,
    conflict_key     VARCHAR(100) NOT NULL,
    claimant_key     VARCHAR(64)  NOT NULL,
    subject_party    VARCHAR(64)  NOT NULL,
    category         VARCHAR(40)  NOT NULL,
    retracted        BOOLEAN      NOT NULL,
    position         BIGINT       NOT NULL,
    doc              VARCHAR      NOT NULL,
    last_position    BIGINT       NOT NULL,
    version_position BIGINT       NOT NULL,
    valid_from       BIGINT       NOT NULL,
    valid_to         BIGINT,
    PRIMARY KEY (claim_id, version_position)
);
CREATE INDEX claim_view_history_asof ON claim_view_history (conflict_key, valid_from);
CREATE INDEX claim_view_history_open ON claim_view_history (claim_id, valid_to);
