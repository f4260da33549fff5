-- recipe: city_card
-- version: 1
-- inputs: card_events
-- City-card indicators per unit and year from usage events: holders per 1,000 residents, uses per
-- holder, share of uses per service (ranked) and the top service's share. Engine-neutral SQL: plain
-- GROUP BY, window functions and CAST only, so the same text runs on DuckDB and on Spark SQL.
-- "people" is the number of distinct card holders behind a value (cells under 10 are suppressed).
WITH by_year AS (
  SELECT CAST(YEAR(day) AS VARCHAR) AS period, card_hash, service
  FROM card_events
),
totals AS (
  SELECT period, COUNT(*) AS uses, COUNT(DISTINCT card_hash) AS holders
  FROM by_year GROUP BY period
),
per_service AS (
  SELECT period, service, COUNT(*) AS uses, COUNT(DISTINCT card_hash) AS holders
  FROM by_year GROUP BY period, service
),
shares AS (
  SELECT s.period, s.service, s.holders, CAST(s.uses AS DOUBLE) * 100.0 / t.uses AS pct,
         ROW_NUMBER() OVER (PARTITION BY s.period ORDER BY s.uses DESC, s.service) AS rank_no
  FROM per_service s JOIN totals t ON s.period = t.period
)
SELECT p.unit, 'city_card_holders_per_1000' AS indicator, t.period, CAST(NULL AS VARCHAR) AS breakdown,
       CAST(t.holders AS DOUBLE) * 1000.0 / p.population AS value, t.holders AS people
FROM totals t CROSS JOIN population p
UNION ALL
SELECT p.unit, 'city_card_uses_per_holder', t.period, CAST(NULL AS VARCHAR),
       CAST(t.uses AS DOUBLE) / t.holders, t.holders
FROM totals t CROSS JOIN population p
UNION ALL
SELECT p.unit, 'city_card_service_uses_pct', s.period, s.service, s.pct, s.holders
FROM shares s CROSS JOIN population p
UNION ALL
SELECT p.unit, 'city_card_top_service_uses_pct', s.period, CAST(NULL AS VARCHAR), s.pct, s.holders
FROM shares s CROSS JOIN population p
WHERE s.rank_no = 1
