-- What a target value means: a ceiling ("not higher than"), a floor ("not lower than") or a point
-- (the value itself, approached from the baseline's side). Targets stored before this change were
-- judged as points; the demo's EU PM2.5 limit (goal EU-AIR.PM25) is a ceiling.
ALTER TABLE target ADD COLUMN kind text NOT NULL DEFAULT 'point'
    CHECK (kind IN ('ceiling', 'floor', 'point'));
UPDATE target SET kind = 'ceiling'
WHERE goal_id IN (SELECT id FROM strategy_goal WHERE code = 'EU-AIR.PM25');
