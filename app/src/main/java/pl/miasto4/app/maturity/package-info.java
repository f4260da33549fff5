/**
 * The maturity model in the product. Sub-packages: {@code assessment} (assessments, models, the store's
 * values), {@code portfolio} (initiatives), {@code report} (views, charts, the printable report); this package
 * holds the pages, the API, the CLI and the startup. Arrows: root → report → portfolio → assessment.
 * Uses audit, demo, indicator, unit.
 */
package pl.miasto4.app.maturity;
