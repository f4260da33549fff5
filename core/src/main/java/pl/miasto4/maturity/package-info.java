/**
 * Smart-city maturity (issue 5): models as data, assessments with evidence, benchmarks, roadmaps
 * and portfolio scoring. Plain Java; depends on snakeyaml (through {@code document}) and, for
 * TOPSIS, on the index engine.
 * <ul>
 * <li>{@code document} — YAML with line numbers and problem reporting, shared by every reader;</li>
 * <li>{@code model} — the maturity model, its parser/validator and the shipped models;</li>
 * <li>{@code assessment} — answers, reconciliation, indicator scoring, roll-up, comparison, demos;</li>
 * <li>{@code mapping} — links between two models and the cross-model view;</li>
 * <li>{@code benchmark} — peer gaps and rank intervals;</li>
 * <li>{@code roadmap} — action catalogue and planner;</li>
 * <li>{@code portfolio} — AHP weights, weighted-sum and TOPSIS scoring.</li>
 * </ul>
 * Arrows point one way: document ← model ← assessment ← mapping, benchmark, roadmap; portfolio
 * uses only the index engine's TOPSIS ({@code pl.miasto4.index.aggregate}). The content (models,
 * demo assessments, actions) lives in {@code maturity/} resources and cites
 * docs/sources/002_report.txt; see docs/maturity.md.
 */
package pl.miasto4.maturity;
