-- API keys for heavy users of the open data (issue 16 item 7). The key itself is shown once, when an
-- administrator creates it; only its SHA-256 is kept (a key is 256 random bits, so a fast hash is enough:
-- there is nothing to guess). The prefix (first characters) lets people tell their keys apart.
CREATE TABLE api_key (
    id          bigserial   PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    prefix      text        NOT NULL UNIQUE,
    secret_hash bytea       NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
    per_minute  integer     NOT NULL CHECK (per_minute > 0),
    per_day     integer     NOT NULL CHECK (per_day > 0),
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

-- Requests made with a key, per day: answered and refused (over quota). No address, no user agent.
CREATE TABLE api_key_usage (
    day      date   NOT NULL,
    key_id   bigint NOT NULL REFERENCES api_key (id),
    answered bigint NOT NULL CHECK (answered >= 0),
    refused  bigint NOT NULL CHECK (refused >= 0),
    PRIMARY KEY (day, key_id)
);
