-- The run log of the data inflow (issue 12): every run of a connector or file import, what it read,
-- what it changed and, when it failed, why. Written after the run's own transaction ended, so a
-- refused or failed run is logged too (and a logged run never holds a lock on the store).
CREATE TABLE connector_run (
    id          bigserial PRIMARY KEY,
    connector   text NOT NULL,                 -- 'file' (the store's own formats), 'bdl-file', 'bdl-api', ...
    source      text NOT NULL,                 -- the file name, or the request
    format      text,                          -- what the source was read as
    username    text,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    status      text NOT NULL CHECK (status IN ('imported', 'no_changes', 'dry_run', 'rejected', 'failed')),
    batch_id    bigint,                        -- import_batch.id when values were written
    rows_read   bigint NOT NULL DEFAULT 0,
    inserted    bigint NOT NULL DEFAULT 0,     -- new values
    superseded  bigint NOT NULL DEFAULT 0,     -- corrected values (old versions kept in observation_history)
    unchanged   bigint NOT NULL DEFAULT 0,
    problems    bigint NOT NULL DEFAULT 0,
    message     text,                          -- why it was refused or failed: the first problems
    notes       jsonb NOT NULL DEFAULT '[]'    -- the connector's notes: unknown units, unmapped variables, ...
);
CREATE INDEX connector_run_started ON connector_run (started_at DESC, id DESC);
