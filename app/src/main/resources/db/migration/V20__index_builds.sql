-- Saved builds of composite indices (issue 6, phase 2). A build keeps everything needed to show
-- and reproduce it without the store: the selection as given, the recipe and uncertainty
-- specification as YAML, the moment of the store it read ("as of"), the framework it built
-- (indicators and aggregates with weights and directions), the units, and every input value with
-- the period it came from. Results (scores and ranks of every column of the final data set, the
-- rank statistics and sensitivity indices) are stored too, so pages and the API read them with SQL
-- and a rebuild from the stored inputs can be checked against them.

CREATE TABLE index_build (
    id                bigserial PRIMARY KEY,
    name              text NOT NULL CHECK (length(btrim(name)) > 0),
    description       text,
    selection         jsonb NOT NULL,          -- framework or catalogue indicators, units, period rule (docs/index.md)
    recipe            text NOT NULL,           -- recipe YAML as run
    uncertainty       text,                    -- uncertainty specification YAML as run; NULL: none
    as_of             timestamptz NOT NULL,    -- the store state the values were read at
    target            text NOT NULL,           -- code of the top aggregate (the index)
    replications      integer,                 -- uncertainty runs (NULL: no analysis)
    failed            integer,
    failure_reasons   jsonb,                   -- reason -> count
    uncertainty_error text,                    -- why the analysis could not run, if it could not
    build_ms          double precision NOT NULL,
    uncertainty_ms    double precision,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (failed IS NULL OR failed <= replications)
);

-- The framework as built: COINr iMeta rows (Indicator, Aggregate, Group, Denominator).
CREATE TABLE index_build_node (
    build_id    bigint NOT NULL REFERENCES index_build (id) ON DELETE CASCADE,
    code        text NOT NULL,
    name        text NOT NULL,
    type        text NOT NULL CHECK (type IN ('Indicator', 'Aggregate', 'Group', 'Denominator')),
    level       integer,
    parent_code text,
    weight      double precision,
    direction   integer CHECK (direction IN (-1, 1)),
    denominator text,
    target      double precision,
    unit        text,
    position    integer NOT NULL,
    PRIMARY KEY (build_id, code),
    CHECK ((type IN ('Indicator', 'Aggregate')) = (level IS NOT NULL AND weight IS NOT NULL))
);

CREATE TABLE index_build_unit (
    build_id  bigint NOT NULL REFERENCES index_build (id) ON DELETE CASCADE,
    unit_code text NOT NULL REFERENCES territorial_unit (code),
    name      text NOT NULL,
    position  integer NOT NULL,
    PRIMARY KEY (build_id, unit_code)
);

CREATE TABLE index_build_group (
    build_id   bigint NOT NULL,
    unit_code  text NOT NULL,
    group_code text NOT NULL,
    value      text NOT NULL,
    PRIMARY KEY (build_id, unit_code, group_code),
    FOREIGN KEY (build_id, unit_code) REFERENCES index_build_unit (build_id, unit_code) ON DELETE CASCADE
);

-- Input values as read from the store: indicators and denominators, with the period each came from.
-- A cell with no value here was missing in the store under the selection's period rule.
CREATE TABLE index_build_value (
    build_id  bigint NOT NULL,
    unit_code text NOT NULL,
    code      text NOT NULL,
    period    text NOT NULL,
    value     double precision NOT NULL,
    flags     text NOT NULL DEFAULT '',       -- p e b (provisional, estimated, break in series)
    PRIMARY KEY (build_id, unit_code, code),
    FOREIGN KEY (build_id, unit_code) REFERENCES index_build_unit (build_id, unit_code) ON DELETE CASCADE
);

-- Every column of the final data set (normalised indicators and aggregates): score and rank
-- (1 = best, ties share the best rank). A missing score has no rank.
CREATE TABLE index_build_score (
    build_id  bigint NOT NULL,
    unit_code text NOT NULL,
    code      text NOT NULL,
    score     double precision,
    rank      integer,
    PRIMARY KEY (build_id, code, unit_code),
    FOREIGN KEY (build_id, unit_code) REFERENCES index_build_unit (build_id, unit_code) ON DELETE CASCADE,
    CHECK ((score IS NULL) = (rank IS NULL))
);

-- Uncertainty analysis of the target's ranks: nominal, mean, median, 5 % and 95 % rank.
CREATE TABLE index_build_rank_stats (
    build_id      bigint NOT NULL,
    unit_code     text NOT NULL,
    nominal_score double precision,
    nominal_rank  integer,
    mean_rank     double precision,
    median_rank   double precision,
    q05_rank      double precision,
    q95_rank      double precision,
    replications  integer NOT NULL,           -- successful replications that ranked this unit
    PRIMARY KEY (build_id, unit_code),
    FOREIGN KEY (build_id, unit_code) REFERENCES index_build_unit (build_id, unit_code) ON DELETE CASCADE
);

-- Sobol indices of each uncertain choice (first-order Si, total STi).
CREATE TABLE index_build_sensitivity (
    build_id     bigint NOT NULL REFERENCES index_build (id) ON DELETE CASCADE,
    choice       text NOT NULL,
    first_order  double precision,
    total        double precision,
    samples_used integer NOT NULL,
    position     integer NOT NULL,
    PRIMARY KEY (build_id, choice)
);
