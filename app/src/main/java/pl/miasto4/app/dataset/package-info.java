/**
 * The register of datasets and systems that feed the indicators: {@code DatasetRepository}, writes through
 * {@code DatasetService} (validated, audited), {@code DatasetApi}, {@code DatasetsPage}. Uses audit.
 */
package pl.miasto4.app.dataset;
