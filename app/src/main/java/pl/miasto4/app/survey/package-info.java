/**
 * Surveys in the product: the engine of {@code pl.miasto4.survey} behind the CLI, the store and the
 * pages (issue 15).
 *
 * <pre>
 * miasto survey estimate FILE [options] ──► SurveyEstimateCommand (+ DesignOptions) ──► SurveyRequest (core)
 *   FILE (CSV/XLSX) ──► core io.SurveyFile ──► SurveyData ──► Estimation ──► CSV on stdout (no database)
 * miasto survey publish FILE --indicator --unit --period ──► SurveyPublisher
 *   [--rake-from-store] StorePopulation (population_age_&lt;band&gt;_&lt;sex&gt;) ──► Margins
 *   Estimates ──► long CSV with se, ci_low, ci_high, unreliable ──► importing.ImportService (all or nothing)
 * Questionnaire (V71, template city_office_satisfaction) ◄── QuestionnaireRepository
 *   answers FILE / POST /surveys/import ──► AnswersImport (codebook check, row + column) ──► survey_wave, survey_response
 *   invite / GET+POST /surveys/{id}/answer ──► OnlineAnswers (one answer per code, hashes, V72)
 *   GET /surveys/{id} ──► SurveyReport (engine on stored answers: Kish, estimates per district, flags)
 *   POST /surveys/{id}/publish, POST /api/surveys/{id}/publish ──► SurveyPublisher.publishWave
 * SurveyException / problems (code + arguments) ──► SurveyMessages (messages*.properties, pl/en)
 * </pre>
 */
package pl.miasto4.app.survey;
