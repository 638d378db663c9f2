-- Read-model tables that a committed reset asked to be emptied and that are not emptied yet
-- (ReadModelResets). A reset records its tables here in the same transaction as its processor's
-- replay tokens; they are then truncated (fast, but not transactional on H2) and the row deleted.
-- A row left by a crash in between is finished at the next start, before any processor runs.
CREATE TABLE read_model_reset (
    processing_group VARCHAR(100) NOT NULL,
    table_name       VARCHAR(100) NOT NULL,
    PRIMARY KEY (processing_group, table_name)
);
