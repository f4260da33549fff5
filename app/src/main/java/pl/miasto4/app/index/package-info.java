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
 * IndexCommand (miasto index … --from-store), IndexBenchCommand (miasto bench index [--store]), IndexDemo (demo build)
 * </pre>
 *
 * Depends on the store's tables (observation, indicator, territorial_unit, index_framework*) by SQL
 * and on {@code audit.AuditTrail}; nothing else in {@code app} depends on this package.
 */
package pl.miasto4.app.index;
