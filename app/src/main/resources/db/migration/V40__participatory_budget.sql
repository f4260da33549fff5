-- Participatory budgeting (issue 4, phase 2): editions, pools, projects, the voter register,
-- the "has voted" record, sealed ballots (during voting) and the ballot box (counted ballots).
-- Secrecy is designed in docs/pb.md ("Secrecy"): nothing below shares an identifier, a time or an
-- insertion order between a voter and a readable ballot.

CREATE TABLE pb_edition (
    id            bigserial PRIMARY KEY,
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    city          text NOT NULL,
    name          text NOT NULL,
    year          int,
    -- imported: a past edition read from pabulib files (ballots public, official result known);
    -- live: an edition run here (ballots cast through the voting service)
    kind          text NOT NULL CHECK (kind IN ('imported', 'live')),
    status        text NOT NULL CHECK (status IN ('draft', 'open', 'counted')),
    voting_start  date,
    voting_end    date,
    min_age       int NOT NULL DEFAULT 0 CHECK (min_age BETWEEN 0 AND 120),
    -- residence: a resident votes in the pool of the district they live in; any_one: in one district pool of their choice
    district_vote text NOT NULL DEFAULT 'residence' CHECK (district_vote IN ('residence', 'any_one')),
    source        text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (voting_end IS NULL OR voting_start IS NULL OR voting_end >= voting_start)
);

CREATE TABLE pb_pool (
    id             bigserial PRIMARY KEY,
    edition_id     bigint NOT NULL REFERENCES pb_edition (id) ON DELETE CASCADE,
    code           text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
    name           text NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('citywide', 'district')),
    district       text,
    position       int NOT NULL DEFAULT 0,
    budget         numeric(18, 2) NOT NULL CHECK (budget >= 0),
    vote_type      text NOT NULL CHECK (vote_type IN ('approval', 'choose-1', 'ordinal', 'cumulative', 'scoring')),
    rule           text NOT NULL,
    min_length     int CHECK (min_length >= 0),
    max_length     int CHECK (max_length >= 1),
    max_points     int CHECK (max_points >= 1),
    max_sum_points int CHECK (max_sum_points >= 1),
    -- an approval ballot may not cost more than this (a "budget limit" ballot); null: no limit
    max_sum_cost   numeric(18, 2) CHECK (max_sum_cost > 0),
    -- every META field of an imported file, so an export gives back what was read
    meta           jsonb NOT NULL DEFAULT '{}',
    file_sha256    text,
    UNIQUE (edition_id, code),
    CHECK (kind = 'citywide' OR district IS NOT NULL)
);

CREATE TABLE pb_project (
    pool_id     bigint NOT NULL REFERENCES pb_pool (id) ON DELETE CASCADE,
    project_id  text NOT NULL CHECK (project_id ~ '^[^,;\s]+$'),
    position    int NOT NULL,
    name        text NOT NULL,
    cost        numeric(18, 2) NOT NULL CHECK (cost >= 0),
    categories  text[] NOT NULL DEFAULT '{}',
    targets     text[] NOT NULL DEFAULT '{}',
    -- other PROJECTS columns of an imported file (votes, score, latitude…)
    fields      jsonb NOT NULL DEFAULT '{}',
    -- the official result: 1 funded (2, 3 as pabulib marks); null when not (yet) known
    selected    int,
    PRIMARY KEY (pool_id, project_id),
    UNIQUE (pool_id, position)
);

-- The voter register of a live edition: what eligibility needs and nothing else. The identifier is
-- an HMAC with a key kept outside the database; the birth date is not stored, only the first day
-- the person may vote when they reach the minimum age during the voting period.
CREATE TABLE pb_voter (
    edition_id     bigint NOT NULL REFERENCES pb_edition (id) ON DELETE CASCADE,
    voter_hash     bytea NOT NULL,
    district       text,
    eligible_from  date,
    PRIMARY KEY (edition_id, voter_hash)
);

CREATE TABLE pb_register (
    edition_id   bigint PRIMARY KEY REFERENCES pb_edition (id) ON DELETE CASCADE,
    file_name    text NOT NULL,
    voters       int NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now(),
    imported_by  text NOT NULL
);

-- "Has voted": one row per voter and vote slot (a citywide pool's code, or 'district' for the
-- district pools of the edition). The primary key is what makes a second ballot impossible, under
-- any concurrency. No time, no pool of a district vote, no channel, nothing shared with a ballot.
CREATE TABLE pb_voted (
    edition_id  bigint NOT NULL REFERENCES pb_edition (id) ON DELETE CASCADE,
    slot        text NOT NULL,
    voter_hash  bytea NOT NULL,
    PRIMARY KEY (edition_id, slot, voter_hash)
);

-- Ballots while voting is open: sealed (AES-GCM with a key outside the database, every ballot of a
-- pool padded to the same length), written in the same transaction as the "has voted" row. Moved to
-- pb_ballot, decrypted and shuffled, when the edition is closed; then this table holds nothing.
CREATE TABLE pb_sealed_ballot (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pool_id      bigint NOT NULL REFERENCES pb_pool (id) ON DELETE CASCADE,
    sealed       bytea NOT NULL,
    -- HMAC of the receipt code, to answer "check my receipt" while the ballot is sealed
    receipt_key  bytea NOT NULL UNIQUE
);

-- The ballot box: counted ballots. Imported ones keep the voter attributes the city published
-- (age, sex, district, voting method); ballots cast here have none. No time, random ids.
CREATE TABLE pb_ballot (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    pool_id       bigint NOT NULL REFERENCES pb_pool (id) ON DELETE CASCADE,
    projects      text[] NOT NULL,
    points        int[],
    attributes    jsonb,
    -- SHA-256 of the receipt code (ballots cast here); a different function of the code than receipt_key
    receipt_hash  bytea UNIQUE
);
CREATE INDEX pb_ballot_pool ON pb_ballot (pool_id);
