-- A version number of what the public pages show, moved forward once by every transaction that
-- changes observations, the catalogue, units, goals or targets, at its commit. Pages may keep what
-- they rendered for as long as the version stays the same (city tables: CityTablesCache).
--
-- Why at commit: a version taken while the change is still uncommitted could be read, with the old
-- data, by a page that then keeps that old data under the new number. A deferred constraint trigger
-- runs when the transaction commits, and the row lock it takes is held only for the commit.

CREATE TABLE store_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  bigint NOT NULL
);
INSERT INTO store_version (version) VALUES (0);

-- One row per changing transaction (gone again at its commit): it carries the deferred trigger.
CREATE TABLE store_change (
    txid xid8 PRIMARY KEY
);

CREATE FUNCTION note_store_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO store_change (txid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION bump_store_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE store_version SET version = version + 1;
    DELETE FROM store_change WHERE txid = NEW.txid;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER store_change_commits AFTER INSERT ON store_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_store_version();

CREATE TRIGGER observation_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON observation
    FOR EACH STATEMENT EXECUTE FUNCTION note_store_change();
CREATE TRIGGER indicator_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator
    FOR EACH STATEMENT EXECUTE FUNCTION note_store_change();
CREATE TRIGGER territorial_unit_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON territorial_unit
    FOR EACH STATEMENT EXECUTE FUNCTION note_store_change();
CREATE TRIGGER strategy_goal_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON strategy_goal
    FOR EACH STATEMENT EXECUTE FUNCTION note_store_change();
CREATE TRIGGER target_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON target
    FOR EACH STATEMENT EXECUTE FUNCTION note_store_change();
