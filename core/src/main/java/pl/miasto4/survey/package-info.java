/**
 * Survey weighting and estimation with the results of R's survey package: designs (weights,
 * strata, one-stage clusters, fpc), post-stratification, raking, calibration, trimming, Kish's
 * effective sample size; means, totals, proportions, ratios and quantiles by domain with
 * linearised or replicate standard errors. See ARCHITECTURE.md in this folder and docs/survey.md.
 */
package pl.miasto4.survey;
