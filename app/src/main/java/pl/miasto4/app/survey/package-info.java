/**
 * Surveys in the product: the engine of {@code pl.miasto4.survey} behind the CLI (issue 15).
 *
 * <pre>
 * miasto survey estimate FILE [options] ──► SurveyEstimateCommand ──► SurveyRequest (core)
 *   FILE (CSV/XLSX) ──► core io.SurveyFile (tabular reader) ──► SurveyData
 *   Estimation.design: svydesign → replicates → post-stratify → rake | calibrate → trim
 *   Estimation.estimates ──► CSV on stdout (statistic,variable,domain,estimate,se,ci_low,ci_high,n,deff)
 *   SurveyException (code + arguments) ──► SurveyMessages (messages*.properties, pl/en) ──► exit 1
 * </pre>
 *
 * Needs no database. Questionnaires, collection, margins from the store and survey pages come later
 * and will live here too.
 */
package pl.miasto4.app.survey;
