/**
 * Observations as the store keeps them: current values, history, "as of" reads, series for charts
 * ({@code ObservationRepository}), the API and the CSV export. Uses no other feature; the import writes
 * through its own repositories.
 */
package pl.miasto4.app.observation;
