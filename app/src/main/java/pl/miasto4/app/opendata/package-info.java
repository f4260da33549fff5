/**
 * Open data: everything the product publishes, described as a DCAT-AP 3.0 catalogue
 * ({@code /catalog.ttl}, {@code .jsonld}, {@code .rdf}, written with Apache Jena), every indicator series as
 * files (CSV, Polish-Excel CSV, XLSX, JSON-stat 2.0, SDMX-CSV) under stable URLs with ETags, a CKAN-compatible
 * read API ({@code /api/3/action/...}), and usage counted per day without keeping who asked.
 *
 * <pre>
 *   OpenDataRepository ─► OpenDataCatalogue (PublishedDataset list, cached) ─► CatalogueRdf ─► CatalogueApi
 *                                                                         ├─► SeriesFiles ──► SeriesApi
 *                                                                         └─► CkanApi
 *   UsageFilter ─► UsageCounter (in memory, flushed in batches) ─► UsageRepository ─► UsagePage, UsageIndicators
 * </pre>
 * Uses observation (the CSV writer), importing (the usage indicators go in as an import).
 */
package pl.miasto4.app.opendata;
