/**
 * The indicator catalogue: {@code IndicatorRepository}, {@code CatalogueService} (loads units and indicators),
 * the indicator pages and charts, the API and the {@code catalogue} command. Uses audit, dataset, observation, unit.
 */
package pl.miasto4.app.indicator;
