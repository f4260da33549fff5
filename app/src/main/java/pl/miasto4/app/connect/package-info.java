/**
 * Data inflow: connectors, each in its own sub-package with one shape (fetch or read → validate →
 * map to catalogue indicators → the store's all-or-nothing import in {@code importing} → the run
 * log), and the run log itself: {@code RunLog} (an {@code ImportListener}), {@code RunLogRepository}
 * (table {@code connector_run}, V100), page {@code /connect/runs}, API {@code /api/connect/runs},
 * CLI {@code connect runs}. Sub-packages: {@code bdl} (GUS Bank Danych Lokalnych). Uses importing, audit.
 *
 * Connectors: each source in its own sub-package, all of one shape: read → validate → map to catalogue
 * indicators → the store's all-or-nothing import ({@code importing}) → a summary of what was computed
 * and what the source does not allow. {@code pb} (participatory-budget editions in the store),
 * {@code elections} (PKW results files), {@code gtfs} (GTFS feeds and a city boundary); {@code load}
 * is what they share (the import of derived values, units by TERYT or name, messages). This package
 * holds the {@code connect} command and the demo's sources ({@link pl.miasto4.app.connect.DemoSources}) and a unit's coverage by dimension ({@link pl.miasto4.app.connect.Coverage}).
 * Arrows: root → pb, elections, gtfs → load. Uses importing, indicator, observation, pb, unit.
 */
package pl.miasto4.app.connect;
