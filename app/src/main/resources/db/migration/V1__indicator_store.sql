-- The indicator store (the STRADOM core): territorial units, indicator catalogue, observations
-- with full history, import batches, strategy goals and targets, the register of datasets and
-- systems, users and the audit trail.

CREATE TABLE territorial_unit (
    code        text PRIMARY KEY,             -- TERYT (TERC) code; see docs/indicator-store.md for non-TERYT units
    name        text NOT NULL,                -- official Polish name
    name_en     text,
    kind        text NOT NULL CHECK (kind IN ('country', 'voivodeship', 'county', 'city_county', 'gmina',
                                              'district', 'metro_area')),
    parent_code text REFERENCES territorial_unit (code),
    aliases     text[] NOT NULL DEFAULT '{}', -- other codes that name the unit in source files (e.g. BDL 1261000)
    latitude    double precision,
    longitude   double precision,
    valid_from  date,
    valid_to    date,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);
CREATE INDEX territorial_unit_parent ON territorial_unit (parent_code);

CREATE TABLE indicator (
    code          text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    name_pl       text NOT NULL,
    name_en       text NOT NULL,
    definition_pl text,
    definition_en text,
    unit          text NOT NULL,
    polarity      text NOT NULL CHECK (polarity IN ('higher_better', 'lower_better', 'neutral')),
    decimals      integer NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 6),
    frequency     text NOT NULL CHECK (frequency IN ('annual', 'quarterly', 'monthly', 'daily', 'irregular')),
    kind          text NOT NULL CHECK (kind IN ('objective', 'subjective')),
    dimension     text CHECK (dimension IN ('human_capital', 'social_cohesion', 'economy', 'governance',
                                                     'environment', 'mobility', 'urban_planning',
                                                     'international_outreach', 'technology')),  -- NULL: not classified (e.g. indicators of an imported index framework)
    iso37120      text,
    iso37122      text,
    iso37123      text,
    u4ssc         text,
    sdg           text,
    source        text,
    min_value     numeric,                    -- values outside [min_value, max_value] are rejected on import
    max_value     numeric,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX indicator_dimension ON indicator (dimension);

CREATE TABLE import_batch (
    id          bigserial PRIMARY KEY,
    file_name   text NOT NULL,
    file_sha256 text NOT NULL,
    format      text NOT NULL,
    username    text NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL DEFAULT now(),
    rows_read   integer NOT NULL,
    inserted    integer NOT NULL,             -- new keys
    superseded  integer NOT NULL,             -- new versions of known keys
    unchanged   integer NOT NULL,
    warnings    jsonb NOT NULL DEFAULT '[]'
);

-- One row per version of a value. The current version has superseded_at NULL; a correction closes
-- the old version and inserts a new one, so nothing is ever erased and "as of" queries read
-- recorded_at <= t < coalesce(superseded_at, infinity).
--
-- This is the fact table that imports write millions of rows into. Its references to units and
-- indicators are checked once per distinct code by the import (which also locks those rows with
-- FOR KEY SHARE, as a foreign key would), not by per-row foreign-key triggers, which cost a third
-- of the insert time; the triggers at the end of this file stop a referenced unit or indicator
-- from being deleted or renamed.
CREATE TABLE observation (
    unit_code       text NOT NULL,
    indicator_code  text NOT NULL,
    period          text NOT NULL,            -- 2023 | 2023-Q2 | 2023-05 | 2023-05-17
    period_start    date NOT NULL,
    value           numeric,                  -- NULL only when the value is confidential
    provisional     boolean NOT NULL DEFAULT false,
    estimated       boolean NOT NULL DEFAULT false,
    break_in_series boolean NOT NULL DEFAULT false,
    confidential    boolean NOT NULL DEFAULT false,
    source          text,
    batch_id        bigint,                   -- import_batch.id (NULL for rows written otherwise)
    recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    superseded_at   timestamptz,
    PRIMARY KEY (unit_code, indicator_code, period, recorded_at),  -- also serves history queries
    CHECK (value IS NOT NULL OR confidential),
    CHECK (superseded_at IS NULL OR superseded_at >= recorded_at)
);
CREATE UNIQUE INDEX observation_current ON observation (unit_code, indicator_code, period) WHERE superseded_at IS NULL;
-- Serves "one indicator across units" in the order pages and the API list it, so a page of 100 rows
-- reads 100 index entries instead of sorting every row of the indicator.
CREATE INDEX observation_indicator_current ON observation (indicator_code, unit_code, period_start) WHERE superseded_at IS NULL;

CREATE TABLE strategy_goal (
    id          bigserial PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    level       text NOT NULL CHECK (level IN ('strategic', 'operational')),
    parent_id   bigint REFERENCES strategy_goal (id),
    name_pl     text NOT NULL,
    name_en     text,
    description text,
    document    text,                         -- the strategy the goal comes from
    CHECK ((level = 'strategic') = (parent_id IS NULL))
);

CREATE TABLE target (
    id               bigserial PRIMARY KEY,
    goal_id          bigint NOT NULL REFERENCES strategy_goal (id),
    indicator_code   text NOT NULL REFERENCES indicator (code),
    unit_code        text NOT NULL REFERENCES territorial_unit (code),
    baseline_period  text NOT NULL,
    baseline_value   numeric NOT NULL,
    target_period    text NOT NULL,
    target_value     numeric NOT NULL,
    note             text,
    UNIQUE (goal_id, indicator_code, unit_code)
);

CREATE TABLE it_system (
    id          bigserial PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL,
    owner       text,
    purpose     text,
    url         text
);

CREATE TABLE dataset (
    id               bigserial PRIMARY KEY,
    code             text NOT NULL UNIQUE,
    name_pl          text NOT NULL,
    name_en          text,
    description      text,
    owner            text NOT NULL,
    update_frequency text NOT NULL CHECK (update_frequency IN ('annual', 'quarterly', 'monthly', 'weekly', 'daily',
                                                                'realtime', 'irregular')),
    format           text,
    licence          text,
    is_open          boolean NOT NULL DEFAULT false,
    url              text,
    last_updated     date,
    system_id        bigint REFERENCES it_system (id)
);

CREATE TABLE dataset_indicator (
    dataset_id     bigint NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    indicator_code text NOT NULL REFERENCES indicator (code),
    PRIMARY KEY (dataset_id, indicator_code)
);

CREATE TABLE app_user (
    username      text PRIMARY KEY,
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('admin', 'editor')),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_event (
    id        bigserial PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    username  text NOT NULL,
    action    text NOT NULL,                  -- create | update | delete | import
    entity    text NOT NULL,
    entity_id text NOT NULL,
    before    jsonb,
    after     jsonb
);
CREATE INDEX audit_event_entity ON audit_event (entity, entity_id);

-- Index frameworks imported in COINr's iMeta layout: the hierarchy, weights and directions of a
-- composite index, and the groups units belong to (used e.g. by group-mean imputation).
CREATE TABLE index_framework (
    code        text PRIMARY KEY,
    name        text NOT NULL,
    source_file text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE index_framework_node (
    framework_code text NOT NULL REFERENCES index_framework (code) ON DELETE CASCADE,
    code           text NOT NULL,
    name           text,
    level          integer NOT NULL,
    parent_code    text,
    weight         numeric,
    direction      integer CHECK (direction IN (-1, 1)),
    type           text NOT NULL,
    unit           text,
    target         numeric,
    denominator    text,
    position       integer NOT NULL,
    PRIMARY KEY (framework_code, code)
);

CREATE TABLE unit_group (
    framework_code text NOT NULL REFERENCES index_framework (code) ON DELETE CASCADE,
    unit_code      text NOT NULL REFERENCES territorial_unit (code),
    group_code     text NOT NULL,
    value          text NOT NULL,
    PRIMARY KEY (framework_code, unit_code, group_code)
);

-- Referential integrity of observations in the direction a per-row foreign key would also guard:
-- a unit or an indicator that observations refer to cannot be deleted or have its code changed.
CREATE FUNCTION refuse_referenced_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.code = OLD.code THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'territorial_unit' AND EXISTS (SELECT 1 FROM observation WHERE unit_code = OLD.code) THEN
        RAISE EXCEPTION 'territorial unit % has observations and cannot be deleted or renamed', OLD.code
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF TG_TABLE_NAME = 'indicator' AND EXISTS (SELECT 1 FROM observation WHERE indicator_code = OLD.code) THEN
        RAISE EXCEPTION 'indicator % has observations and cannot be deleted or renamed', OLD.code
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER territorial_unit_referenced BEFORE DELETE OR UPDATE OF code ON territorial_unit
    FOR EACH ROW EXECUTE FUNCTION refuse_referenced_code();
CREATE TRIGGER indicator_referenced BEFORE DELETE OR UPDATE OF code ON indicator
    FOR EACH ROW EXECUTE FUNCTION refuse_referenced_code();
