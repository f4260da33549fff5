/**
 * Composite indices in the product: the engine of {@code pl.miasto4.index} fed from the indicator
 * store, kept, served and shown (docs/index.md, "Indices from the store").
 *
 * <pre>
 * StoreSelection ──► StoreInputReader ──► StoreInput ──coin()──► engine (IndexBuilder, UncertaintyAnalysis)
 *   (framework or catalogue      (SQL, period rule,   (framework, units, groups,        │
 *    indicators, units, period)   as-of)               values with periods, coverage)   ▼
 *                                                               IndexService ──► IndexRun ──► IndexBuildRepository (V20)
 * IndexViews (JSON shapes) ◄── IndexApi (/api/index)     IndexPages + IndexCharts + RecipeText + RecipeEditor (/index)
 * IndexCommand (miasto index … --from-store), IndexDemo (demo build), IndexAudits (the statistical audit)
 * </pre>
 *
 * Depends on the store's tables (observation, indicator, territorial_unit, index_framework*) by SQL
 * and on the named interfaces of audit, indicator, observation and unit; nothing else in {@code app} depends on this
 * package (the benchmark {@code bench index --store} lives in the bench module).
 */
package pl.miasto4.app.index;
