-- Maturity (issue 5): models as documents, assessments of a city in a year with every
-- respondent's answers and evidence, saved roadmap targets, and the register of initiatives
-- and pilots that is also the Smart City portfolio (owner, budget per year, milestones, KPIs).

-- A model is stored as the YAML it was imported from; the application parses and validates it
-- (pl.miasto4.maturity.model.ModelParser), so the document stays the single source of truth.
CREATE TABLE maturity_model (
    id          text NOT NULL CHECK (id ~ '^[a-z0-9][a-z0-9_.-]*$'),
    version     text NOT NULL,
    name_pl     text NOT NULL,
    name_en     text NOT NULL,
    document    text NOT NULL,
    built_in    boolean NOT NULL DEFAULT false,
    imported_at timestamptz NOT NULL DEFAULT now(),
    imported_by text NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE TABLE maturity_assessment (
    id                  bigserial PRIMARY KEY,
    code                text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    model_id            text NOT NULL,
    model_version       text NOT NULL,
    unit_code           text NOT NULL REFERENCES territorial_unit (code),
    year                integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    assessed_on         text NOT NULL,              -- as written: 2025, 2025-09 or 2025-09-30
    origin              text NOT NULL CHECK (origin IN ('self_assessment', 'derived_from_interviews')),
    sources             jsonb NOT NULL DEFAULT '[]', -- documents the citations point into
    reported_indicators jsonb NOT NULL DEFAULT '[]', -- values written in the document, with citations
    note                text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL,
    FOREIGN KEY (model_id, model_version) REFERENCES maturity_model (id, version),
    UNIQUE (unit_code, model_id, year, origin)
);
CREATE INDEX maturity_assessment_unit ON maturity_assessment (unit_code, model_id, year);

-- One respondent's answer to one criterion. A criterion nobody answered has no row: it stays
-- missing, never zero.
CREATE TABLE maturity_answer (
    id             bigserial PRIMARY KEY,
    assessment_id  bigint NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
    criterion_id   text NOT NULL,
    respondent     text NOT NULL CHECK (respondent <> ''),
    level          integer CHECK (level BETWEEN 1 AND 5),
    not_applicable boolean NOT NULL DEFAULT false,
    confidence     numeric NOT NULL DEFAULT 1 CHECK (confidence BETWEEN 0 AND 1),
    evidence       jsonb NOT NULL DEFAULT '[]',      -- [{kind: text|link|file, value, fileId}]
    citations      jsonb NOT NULL DEFAULT '[]',      -- [{source, from, to, quote}]
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text NOT NULL,
    UNIQUE (assessment_id, criterion_id, respondent),
    CHECK ((level IS NULL) = not_applicable)
);

CREATE TABLE maturity_evidence_file (
    id            bigserial PRIMARY KEY,
    assessment_id bigint NOT NULL REFERENCES maturity_assessment (id) ON DELETE CASCADE,
    file_name     text NOT NULL,
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL,
    sha256        text NOT NULL,
    content       bytea NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    uploaded_by   text NOT NULL
);

-- The targets a city chose for its roadmap (the plan itself is recomputed from the profile).
CREATE TABLE maturity_roadmap (
    assessment_id bigint PRIMARY KEY REFERENCES maturity_assessment (id) ON DELETE CASCADE,
    targets       jsonb NOT NULL,                    -- {dimension id: level 1-5}
    horizon_years integer NOT NULL CHECK (horizon_years BETWEEN 1 AND 20),
    saved_at      timestamptz NOT NULL DEFAULT now(),
    saved_by      text NOT NULL
);

-- The register of initiatives, pilots and systems a city runs; with budgets and KPIs it is the
-- portfolio (Kraków: seed 001 § 3 ust. 1 pkt 3). A proposal is an initiative with status
-- 'proposed', scored with the city's criteria weights.
CREATE TABLE initiative (
    id             bigserial PRIMARY KEY,
    code           text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    unit_code      text NOT NULL REFERENCES territorial_unit (code),
    kind           text NOT NULL CHECK (kind IN ('initiative', 'pilot', 'system')),
    title_pl       text NOT NULL,
    title_en       text,
    description    text,
    owner          text,                             -- the unit of the city responsible (none yet for a fresh proposal)
    dimension      text,                             -- a dimension id of the Miasto 4.0 model
    component      text CHECK (component IN ('money', 'technology', 'people', 'processes')),
    status         text NOT NULL CHECK (status IN ('proposed', 'approved', 'in_progress', 'in_production',
                                                   'completed', 'stopped', 'retired')),
    started        text,                             -- year or date as written
    ended          text,
    outcome        text CHECK (outcome IN ('succeeded', 'failed', 'mixed')),
    outcome_reason text,
    action_id      text,                             -- the roadmap action it came from
    citations      jsonb NOT NULL DEFAULT '[]',      -- [{source, from, to, quote}] for demo entries
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (outcome IS NULL OR outcome_reason IS NOT NULL)
);
CREATE INDEX initiative_unit ON initiative (unit_code, status);

CREATE TABLE initiative_budget (
    initiative_id bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount_pln    numeric(16, 2) NOT NULL CHECK (amount_pln >= 0),
    PRIMARY KEY (initiative_id, year)
);

CREATE TABLE initiative_milestone (
    id            bigserial PRIMARY KEY,
    initiative_id bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    due           text NOT NULL,                     -- 2026, 2026-06 or 2026-06-30
    title         text NOT NULL,
    done          boolean NOT NULL DEFAULT false
);

-- The indicators of the store that measure an initiative's effect.
CREATE TABLE initiative_indicator (
    initiative_id  bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    indicator_code text NOT NULL REFERENCES indicator (code),
    target_value   numeric,
    PRIMARY KEY (initiative_id, indicator_code)
);

-- Ratings of a proposal on the city's scoring criteria (a common 1-5 scale, higher is better).
CREATE TABLE initiative_rating (
    initiative_id bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    criterion     text NOT NULL,
    rating        numeric NOT NULL CHECK (rating BETWEEN 1 AND 5),
    PRIMARY KEY (initiative_id, criterion)
);

-- A city's AHP pairwise comparison of the scoring criteria (Saaty's 1-9 scale, reciprocal).
CREATE TABLE portfolio_criteria (
    unit_code  text PRIMARY KEY REFERENCES territorial_unit (code),
    criteria   jsonb NOT NULL,                       -- ["strategic_fit", ...]
    matrix     jsonb NOT NULL,                       -- [[1, 3, ...], ...]
    saved_at   timestamptz NOT NULL DEFAULT now(),
    saved_by   text NOT NULL
);
