/**
 * Data inflow: connectors, each in its own sub-package with one shape (fetch or read → validate →
 * map to catalogue indicators → the store's all-or-nothing import in {@code importing} → the run
 * log), and the run log itself: {@code RunLog} (an {@code ImportListener}), {@code RunLogRepository}
 * (table {@code connector_run}, V100), page {@code /connect/runs}, API {@code /api/connect/runs},
 * CLI {@code connect runs}. Sub-packages: {@code bdl} (GUS Bank Danych Lokalnych). Uses importing, audit.
 */
package pl.miasto4.app.connect;
