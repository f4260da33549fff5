-- Online collection (issue 15): one answer per invitation code. Codes are generated randomly, handed
-- out once (printed to a file readable only by its owner) and kept here only as SHA-256 hashes; a
-- code is spent in the same transaction that stores its answer, so it can never answer twice. The
-- response does not record which code answered (the hash row keeps only when it was used).
CREATE TABLE survey_invitation (
    wave_id   bigint NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
    code_hash text NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (wave_id, code_hash)
);
