-- Observations carry their uncertainty (issue 15): the standard error and the 95 % confidence
-- interval of an estimate (a survey's, or any published with its margin of error), and whether the
-- estimate is too unreliable to publish without a warning (relative SE above 30 % or fewer than 30
-- respondents, as statistical offices flag it). All NULL / false for measured values.
--
-- The columns are appended in the same order to the current values and the history, so a version
-- keeps its uncertainty when a correction moves it to the history.
ALTER TABLE observation_current
    ADD COLUMN se numeric,
    ADD COLUMN ci_low numeric,
    ADD COLUMN ci_high numeric,
    ADD COLUMN unreliable boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT observation_current_se_check CHECK (se IS NULL OR se >= 0),
    ADD CONSTRAINT observation_current_ci_check CHECK (ci_low IS NULL OR ci_high IS NULL OR ci_low <= ci_high);

ALTER TABLE observation_history
    ADD COLUMN se numeric,
    ADD COLUMN ci_low numeric,
    ADD COLUMN ci_high numeric,
    ADD COLUMN unreliable boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT observation_history_se_check CHECK (se IS NULL OR se >= 0),
    ADD CONSTRAINT observation_history_ci_check CHECK (ci_low IS NULL OR ci_high IS NULL OR ci_low <= ci_high);

-- The views by code gain the same columns at their end (CREATE OR REPLACE keeps the existing ones).
CREATE OR REPLACE VIEW observation AS
SELECT u.code AS unit_code, i.code AS indicator_code, o.period, o.period_start, o.value, o.provisional, o.estimated,
       o.break_in_series, o.confidential, o.source, o.batch_id, o.recorded_at, o.unit_id, o.indicator_id,
       o.se, o.ci_low, o.ci_high, o.unreliable
FROM observation_current o
JOIN territorial_unit u ON u.id = o.unit_id
JOIN indicator i ON i.id = o.indicator_id;

CREATE OR REPLACE VIEW observation_version AS
SELECT u.code AS unit_code, i.code AS indicator_code, o.period, o.period_start, o.value, o.provisional, o.estimated,
       o.break_in_series, o.confidential, o.source, o.batch_id, o.recorded_at, NULL::timestamptz AS superseded_at,
       o.unit_id, o.indicator_id, o.se, o.ci_low, o.ci_high, o.unreliable
FROM observation_current o
JOIN territorial_unit u ON u.id = o.unit_id
JOIN indicator i ON i.id = o.indicator_id
UNION ALL
SELECT u.code, i.code, h.period, h.period_start, h.value, h.provisional, h.estimated, h.break_in_series,
       h.confidential, h.source, h.batch_id, h.recorded_at, h.superseded_at, h.unit_id, h.indicator_id,
       h.se, h.ci_low, h.ci_high, h.unreliable
FROM observation_history h
JOIN territorial_unit u ON u.id = h.unit_id
JOIN indicator i ON i.id = h.indicator_id;
