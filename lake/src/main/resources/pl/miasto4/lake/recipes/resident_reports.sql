-- recipe: resident_reports
-- version: 1
-- inputs: open311_requests
-- Residents' reports (Open311 GeoReport v2, e.g. the 19115 contact centre) per unit and year of the
-- request: reports per 1,000 residents and the median days from request to closure, overall and by
-- category (service_name). The latest version (highest updated_epoch_s) of each request counts.
-- Closure time is the last update of a closed request (GeoReport v2 has no separate closing time).
-- Engine-neutral SQL (window functions, PERCENTILE_CONT ... WITHIN GROUP), DuckDB and Spark SQL alike.
-- "people" is the number of reports behind a value (each report is a resident; under 10 suppressed).
WITH ranked AS (
  SELECT service_request_id, status, service_name, day, requested_epoch_s, updated_epoch_s,
         ROW_NUMBER() OVER (PARTITION BY service_request_id ORDER BY updated_epoch_s DESC) AS version_no
  FROM open311_requests
),
latest AS (
  SELECT CAST(YEAR(day) AS VARCHAR) AS period, status, COALESCE(service_name, '?') AS category,
         CAST(updated_epoch_s - requested_epoch_s AS DOUBLE) / 86400.0 AS days_open
  FROM ranked WHERE version_no = 1
)
SELECT p.unit, 'resident_reports_per_1000' AS indicator, l.period, CAST(NULL AS VARCHAR) AS breakdown,
       CAST(COUNT(*) AS DOUBLE) * 1000.0 / p.population AS value, COUNT(*) AS people
FROM latest l CROSS JOIN population p
GROUP BY p.unit, p.population, l.period
UNION ALL
SELECT p.unit, 'resident_report_resolution_days', l.period, CAST(NULL AS VARCHAR),
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY l.days_open), COUNT(*)
FROM latest l CROSS JOIN population p
WHERE l.status = 'closed'
GROUP BY p.unit, l.period
UNION ALL
SELECT p.unit, 'resident_report_resolution_days', l.period, l.category,
       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY l.days_open), COUNT(*)
FROM latest l CROSS JOIN population p
WHERE l.status = 'closed'
GROUP BY p.unit, l.period, l.category
