-- Roles that mean something (issue 11, item 4). A user holds one or more roles:
--   admin        users and settings
--   pb_official  participatory budget: editions, pools, register, open/close votes, paper ballots, PB audit
--   data_editor  imports and edits of data, only for the units in the user's scope (and the units below them)
--   analyst      index builds, drafts, maturity assessments
--   viewer       reads what is behind the login
-- Existing accounts: 'admin' keeps every role (it could do everything, and a fresh install needs one
-- account that can), 'editor' becomes data_editor for all units + analyst; PB duties are granted by an
-- admin explicitly, since an editor opening or closing a vote was the defect being fixed.
CREATE TABLE app_user_role (
    username text NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    role     text NOT NULL CHECK (role IN ('admin', 'pb_official', 'data_editor', 'analyst', 'viewer')),
    PRIMARY KEY (username, role)
);

-- The units a data editor may import for: each listed unit and every unit below it (parent_code).
-- all_units on app_user means no restriction.
CREATE TABLE app_user_unit (
    username  text NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    unit_code text NOT NULL REFERENCES territorial_unit (code) ON DELETE CASCADE,
    PRIMARY KEY (username, unit_code)
);

ALTER TABLE app_user ADD COLUMN all_units boolean NOT NULL DEFAULT false;
ALTER TABLE app_user ADD COLUMN disabled boolean NOT NULL DEFAULT false;
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

INSERT INTO app_user_role (username, role)
SELECT username, r FROM app_user, unnest(ARRAY['admin', 'pb_official', 'data_editor', 'analyst', 'viewer']) r
WHERE app_user.role = 'admin';
INSERT INTO app_user_role (username, role)
SELECT username, r FROM app_user, unnest(ARRAY['data_editor', 'analyst', 'viewer']) r
WHERE app_user.role = 'editor';
UPDATE app_user SET all_units = true;

-- The single role column is replaced by app_user_role.
ALTER TABLE app_user DROP COLUMN role;
