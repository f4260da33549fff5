# COINr's outputs for every normalisation, treatment, imputation, screening, aggregation and
# weighting variant the index engine offers, on COINr's ASEM example data, as reference files
# for core/src/test/java/pl/miasto4/index/CoinrVariantsTest.java (issue 18).
#
# Run by hand (the test suite does not need R):
#
#   Rscript tools/reference/coinr_variants.R [OUT_DIR]
#
# Written and run with R 4.2.2 (Debian 12 r-base-core 4.2.2.20221110) and:
#   COINr 1.1.14  built from its source (github.com/bluefoxr/COINr, tag v1.1.14) with
#                 `R CMD INSTALL`, its dependencies from Debian (r-cran-openxlsx, r-cran-rlang,
#                 r-cran-ggplot2, r-cran-readxl)
#   Amelia 1.8.1  (r-cran-amelia; COINr's imputation vignette runs its EM through it)
#   norm 1.0-11.1 (github.com/cran/norm, `R CMD INSTALL`, needs gfortran): the deterministic EM
#                 reference (Schafer 1997, em.norm)
# The script stops if the installed COINr is not 1.1.14.
#
# Data: examples/index/asem_iData.csv and asem_iMeta.csv of this repository (COINr's ASEM_iData /
# ASEM_iMeta exported to CSV), read as the engine reads them. For each variant it writes
#   <variant>.yaml               the engine's recipe for the same choices (input, not a result)
#   <variant>.<Dataset>.csv      COINr's data set (17 significant digits; NA, Inf, -Inf, NaN as R
#                                prints them): Aggregated (it holds the normalised indicators and
#                                every aggregate, so any difference upstream shows in it), and the
#                                data set of the step where the reference is not COINr's own
#                                (Imputed for EM, Normalised where COINr divides by zero)
# and variants.csv, the manifest read by the test: what each reference is and how it is compared.
#
# Where COINr's own result is not a well-defined reference, the reference is computed here by a
# deterministic method and the manifest says so:
#   - EM imputation: COINr's vignette takes ONE random Amelia draw (amelia(m = 1, boot.type =
#     "none") returns a draw from the conditional distribution, not its mean). The reference is
#     the maximum-likelihood EM (norm::em.norm, tight criterion) with missing values set to their
#     conditional expectation under the fitted mean and covariance (Little & Rubin 2002, ch. 11).
#     The rest of the pipeline is COINr's.
#   - Optimised weights (get_opt_weights): COINr stops Nelder-Mead at reltol 0.1 (default) and
#     optimises a vector in which each group's scale is free (the aggregation only sees the
#     shares within a parent), so its answer depends on the tolerance. The reference minimises
#     the same objective (its own objective function, checked against COINr's weights2corr at
#     the optimum) over the within-parent shares, to convergence: Nelder-Mead restarted until it
#     no longer moves, then Gauss-Newton on the residuals (balance) or Newton with numDeriv's
#     gradient and Hessian (infomax).
#   - Copeland with missing values: COINr's outrankMatrix() computes the upper triangle and sets
#     e[j,i] = 1 - e[i,j], so the weight of a comparison with a missing value goes to the unit
#     listed later: the result depends on the order of the rows. The engine leaves such a
#     comparison out (weights of the remaining indicators rescaled). The reference for that case
#     is an R implementation of that rule; on complete data it is checked to equal a_copeland.
#   - n_fracmax and n_dist2ref where COINr divides by zero (or, for fracmax of a "less is better"
#     indicator whose best value is not positive, reverses the scale): COINr returns Inf/NaN; the
#     engine refuses with a message naming the step, indicator and unit. Those columns are kept
#     here with COINr's Inf/NaN so the test can check that the refusal names one of them, and the
#     finite columns are compared.

suppressPackageStartupMessages({
  library(COINr)
  library(norm)
})
stopifnot(as.character(packageVersion("COINr")) == "1.1.14")

args <- commandArgs(trailingOnly = TRUE)
script_dir <- local({
  f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
  if (length(f) == 1) dirname(normalizePath(f)) else "tools/reference"
})
root <- normalizePath(file.path(script_dir, "..", ".."))
out <- if (length(args) >= 1) args[1] else
  file.path(root, "core/src/test/resources/pl/miasto4/index/coinr/variants")
dir.create(out, recursive = TRUE, showWarnings = FALSE)

iData <- read.csv(file.path(root, "examples/index/asem_iData.csv"), na.strings = c("NA", ""),
                  stringsAsFactors = FALSE, check.names = FALSE)
iMeta <- read.csv(file.path(root, "examples/index/asem_iMeta.csv"), na.strings = c("NA", ""),
                  stringsAsFactors = FALSE, check.names = FALSE)

quiet <- function(e) suppressMessages(e)
base <- quiet(new_coin(iData, iMeta, level_names = c("Indicator", "Pillar", "Sub-index", "Index"),
                       quietly = TRUE))
ind_meta <- base$Meta$Ind[base$Meta$Ind$Type == "Indicator", ]
icodes <- ind_meta$iCode
maxlev <- base$Meta$maxlev

manifest <- data.frame()

fmt <- function(v) {
  s <- sprintf("%.17g", v)
  s[is.na(v) & !is.nan(v)] <- "NA"
  s[is.nan(v)] <- "NaN"
  s[is.infinite(v) & v > 0] <- "Inf"
  s[is.infinite(v) & v < 0] <- "-Inf"
  s
}

write_df <- function(df, file) {
  o <- df
  for (k in names(o)) if (is.numeric(o[[k]])) o[[k]] <- fmt(o[[k]])
  write.csv(o, file.path(out, file), row.names = FALSE, quote = FALSE)
}

# one engine recipe: steps given as YAML text blocks (each starting "- step: ...")
write_recipe <- function(name, steps, description) {
  lines <- c(paste0("# Generated by tools/reference/coinr_variants.R (COINr ", packageVersion("COINr"), ")."),
             paste0("name: ", name),
             paste0("description: \"", gsub("\"", "\\\\\"", description), "\""),
             "steps:", paste0("  ", unlist(strsplit(paste(steps, collapse = "\n"), "\n"))))
  writeLines(lines, file.path(out, paste0(name, ".yaml")))
}

add <- function(name, coin, dsets, steps, description, kind = "equal", reference = "COINr 1.1.14",
                tolerance = 1e-9, note = "") {
  cat(name, "\n")
  for (d in dsets) {
    df <- if (is.data.frame(coin)) coin else get_dset(coin, d)
    write_df(df, paste0(name, ".", d, ".csv"))
  }
  write_recipe(name, steps, description)
  manifest <<- rbind(manifest, data.frame(variant = name, kind = kind, datasets = paste(dsets, collapse = " "),
                                          tolerance = tolerance, reference = reference, note = note,
                                          objective = ""))
}

# ---- the engine's recipe steps -------------------------------------------------------------------

S_DEN <- "- step: denominate"
S_IMP <- "- step: impute\n  method: group-mean\n  group: GDP_group"
S_TRT <- "- step: treat"
S_NRM <- "- step: normalise\n  method: minmax\n  range: [0, 100]"
S_AGG <- "- step: aggregate\n  method: arithmetic"

# ---- COINr's pipeline ----------------------------------------------------------------------------

den <- function() quiet(Denominate(base, dset = "Raw"))
imp <- function(coin, dset = "Denominated") quiet(Impute(coin, dset = dset, f_i = "i_mean_grp", use_group = "GDP_group"))
trt <- function(coin, dset = "Imputed", ...) quiet(Treat(coin, dset = dset, ...))
nrm <- function(coin, dset = "Treated", ...) quiet(Normalise(coin, dset = dset, ...))
agg <- function(coin, dset = "Normalised", ...) quiet(Aggregate(coin, dset = dset, ...))
default_upto_treat <- trt(imp(den()))

# ==== the default workflow ========================================================================
add("default", agg(nrm(default_upto_treat)), c("Aggregated"), c(S_DEN, S_IMP, S_TRT, S_NRM, S_AGG),
    "COINr's documented workflow (denominate, group mean, JRC treatment, min-max, arithmetic mean)")

# ==== normalisation ===============================================================================
norm_variant <- function(name, specs, step, description, indiv = NULL, dsets = c("Aggregated"), ...) {
  coin <- nrm(default_upto_treat, global_specs = specs, indiv_specs = indiv)
  if (identical(dsets, c("Aggregated"))) coin <- agg(coin)
  add(name, coin, dsets, c(S_DEN, S_IMP, S_TRT, step, S_AGG), description, ...)
}
norm_variant("n_minmax_1_100", list(f_n = "n_minmax", f_n_para = list(l_u = c(1, 100))),
             "- step: normalise\n  method: minmax\n  range: [1, 100]", "n_minmax to [1, 100]")
norm_variant("n_zscore", list(f_n = "n_zscore"), "- step: normalise\n  method: zscore", "n_zscore (0, 1)")
norm_variant("n_zscore_10_2", list(f_n = "n_zscore", f_n_para = list(m_sd = c(10, 2))),
             "- step: normalise\n  method: zscore\n  mean: 10\n  sd: 2", "n_zscore (10, 2)")
norm_variant("n_rank", list(f_n = "n_rank"), "- step: normalise\n  method: rank", "n_rank")
norm_variant("n_prank", list(f_n = "n_prank"), "- step: normalise\n  method: percentile-rank", "n_prank")
norm_variant("n_borda", list(f_n = "n_borda"), "- step: normalise\n  method: borda", "n_borda")
norm_variant("n_dist2max", list(f_n = "n_dist2max"), "- step: normalise\n  method: dist2max", "n_dist2max")
norm_variant("n_dist2targ", list(f_n = "n_dist2targ", f_n_para = "use_iMeta"),
             "- step: normalise\n  method: dist2target", "n_dist2targ with iMeta targets")
targ_cap <- lapply(icodes, function(i) {
  r <- ind_meta[ind_meta$iCode == i, ]
  list(f_n = "n_dist2targ", f_n_para = list(targ = r$Target * r$Direction, cap_max = TRUE))
})
names(targ_cap) <- icodes
norm_variant("n_dist2targ_cap", list(f_n = "n_minmax"), "- step: normalise\n  method: dist2target\n  capMax: true",
             "n_dist2targ with iMeta targets, capped at 1", indiv = targ_cap)

treated <- get_dset(default_upto_treat, "Treated")
dirs <- ind_meta$Direction[match(icodes, ind_meta$iCode)]
signed <- sweep(as.matrix(treated[icodes]), 2, dirs, `*`)
colmin <- apply(signed, 2, min, na.rm = TRUE)
ref_ok <- apply(signed, 1, function(r) all(!is.na(r) & r != colmin))
ref_unit <- treated$uCode[which(ref_ok)[1]]
norm_variant(paste0("n_dist2ref_", ref_unit), list(f_n = "n_dist2ref", f_n_para = list(iref = which(treated$uCode == ref_unit))),
             paste0("- step: normalise\n  method: dist2ref\n  unit: ", ref_unit),
             paste0("n_dist2ref to ", ref_unit, " (the first unit that is nowhere the minimum)"))
norm_variant("n_dist2ref_AUT", list(f_n = "n_dist2ref", f_n_para = list(iref = which(treated$uCode == "AUT"))),
             "- step: normalise\n  method: dist2ref\n  unit: AUT",
             "n_dist2ref to AUT: AUT is the minimum of some indicators, COINr divides by zero",
             dsets = c("Normalised"), kind = "refuse",
             note = "COINr returns Inf/NaN in the columns where AUT is the minimum; the engine refuses, naming one")
norm_variant("n_fracmax", list(f_n = "n_fracmax"), "- step: normalise\n  method: fracmax",
             "n_fracmax on every indicator: ill-posed where the best value is not positive",
             dsets = c("Normalised"), kind = "refuse",
             note = paste("COINr divides by a maximum of 0 (Inf/NaN) or, for a 'less is better' indicator with",
                          "positive values, reverses the scale; the engine refuses, naming the indicator"))
colmax <- apply(signed, 2, max, na.rm = TRUE)
frac_ok <- icodes[colmax > 0]
frac_indiv <- setNames(rep(list(list(f_n = "n_fracmax")), length(frac_ok)), frac_ok)
norm_variant("n_fracmax_where_defined", list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 1))),
             paste0("- step: normalise\n  method: minmax\n  range: [0, 1]\n  indicators:\n",
                    paste0("    ", frac_ok, ": {method: fracmax}", collapse = "\n")),
             "n_fracmax where the best value is positive, n_minmax [0, 1] elsewhere (indiv_specs)", indiv = frac_indiv)

# goalposts and scaled: posts at the 10th and 90th percentiles (R type 7) of the treated values
lo <- sapply(icodes, function(i) unname(quantile(treated[[i]], 0.1, na.rm = TRUE)))
hi <- sapply(icodes, function(i) unname(quantile(treated[[i]], 0.9, na.rm = TRUE)))
posts_yaml <- function(v) paste0("    ", icodes, ": ", sprintf("%.17g", v), collapse = "\n")
gp <- default_upto_treat
gp$Meta$Ind$goalpost_lower <- lo[match(gp$Meta$Ind$iCode, icodes)]
gp$Meta$Ind$goalpost_upper <- hi[match(gp$Meta$Ind$iCode, icodes)]
gp$Meta$Ind$goalpost_scale <- 100
gp$Meta$Ind$goalpost_trunc2posts <- TRUE
gp$Meta$Ind$scaled_lower <- gp$Meta$Ind$goalpost_lower
gp$Meta$Ind$scaled_upper <- gp$Meta$Ind$goalpost_upper
gp$Meta$Ind$scale_factor <- 100
add("n_goalposts", agg(nrm(gp, global_specs = list(f_n = "n_goalposts", f_n_para = "use_iMeta"))), c("Aggregated"),
    c(S_DEN, S_IMP, S_TRT, paste0("- step: normalise\n  method: goalposts\n  scale: 100\n  lower:\n", posts_yaml(lo),
                                  "\n  upper:\n", posts_yaml(hi)), S_AGG),
    "n_goalposts (iMeta), posts at the 10th and 90th percentiles, truncated")
add("n_scaled", agg(nrm(gp, global_specs = list(f_n = "n_scaled", f_n_para = "use_iMeta"))), c("Aggregated"),
    c(S_DEN, S_IMP, S_TRT, paste0("- step: normalise\n  method: scaled\n  scale: 100\n  lower:\n", posts_yaml(lo),
                                  "\n  upper:\n", posts_yaml(hi)), S_AGG),
    "n_scaled (iMeta), the same posts, not truncated")
norm_variant("n_none", list(f_n = "none"), "- step: normalise\n  method: none", "no normalisation (directions applied)")

# ==== treatment ===================================================================================
treat_variant <- function(name, step, description, specs, combine = FALSE) {
  coin <- trt(imp(den()), global_specs = specs, combine_treat = combine)
  add(name, agg(nrm(coin)), c("Aggregated"), c(S_DEN, S_IMP, step, S_NRM, S_AGG), description)
}
no_win <- list(na.rm = TRUE, winmax = NULL, skew_thresh = NULL, kurt_thresh = NULL, force_win = NULL)
treat_variant("t_winmax1", "- step: treat\n  winmax: 1", "winsorise at most 1 point, then log_CT",
              list(f1_para = list(winmax = 1)))
treat_variant("t_winmax1_combine", "- step: treat\n  winmax: 1\n  combine: true",
              "winsorise at most 1 point, then log_CT of the winsorised values", list(f1_para = list(winmax = 1)), TRUE)
treat_variant("t_winmax1_nolog", "- step: treat\n  winmax: 1\n  second: none", "winsorise at most 1 point, nothing more",
              list(f1_para = list(winmax = 1), f2 = NULL))
treat_variant("t_log_ct_plus", "- step: treat\n  winmax: 1\n  second: log-ct-plus",
              "winsorise at most 1 point, then log_CT_plus", list(f1_para = list(winmax = 1), f2 = "log_CT_plus"))
treat_variant("t_log_ct_plus_combine", "- step: treat\n  winmax: 1\n  second: log-ct-plus\n  combine: true",
              "winsorise at most 1 point, then log_CT_plus of the winsorised values",
              list(f1_para = list(winmax = 1), f2 = "log_CT_plus"), TRUE)
treat_variant("t_log_ct_orig", "- step: treat\n  winmax: 1\n  second: log-ct-orig",
              "winsorise at most 1 point, then log_CT_orig", list(f1_para = list(winmax = 1), f2 = "log_CT_orig"))
treat_variant("t_boxcox_second", "- step: treat\n  winmax: 1\n  second: box-cox\n  lambda: 0.5",
              "winsorise at most 1 point, then Box-Cox with lambda 0.5",
              list(f1_para = list(winmax = 1), f2 = "boxcox", f2_para = list(lambda = 0.5)))
treat_variant("t_first_log_ct_plus", "- step: treat\n  first: log-ct-plus\n  second: none",
              "log_CT_plus alone (f1), no second treatment", list(f1 = "log_CT_plus", f1_para = no_win, f2 = NULL))
treat_variant("t_first_boxcox", "- step: treat\n  first: box-cox\n  lambda: -0.5\n  second: none",
              "Box-Cox with lambda -0.5 alone (f1)",
              list(f1 = "boxcox", f1_para = c(no_win, list(lambda = -0.5)), f2 = NULL))
treat_variant("t_first_boxcox_log", "- step: treat\n  first: box-cox\n  lambda: 0\n  second: log-ct",
              "Box-Cox with lambda 0 (log), then log_CT of the original values if that fails",
              list(f1 = "boxcox", f1_para = c(no_win, list(lambda = 0))))
treat_variant("t_force_win", "- step: treat\n  forceWinsorise: true", "winsorise failing indicators up to winmax (force_win)",
              list(f1_para = list(force_win = TRUE)))
treat_variant("t_thresholds", "- step: treat\n  skewThreshold: 1.5\n  kurtosisThreshold: 3",
              "JRC rule with |skew| 1.5 and kurtosis 3",
              list(f1_para = list(skew_thresh = 1.5, kurt_thresh = 3), f_pass_para = list(skew_thresh = 1.5, kurt_thresh = 3)))

# ==== imputation ==================================================================================
imp_variant <- function(name, step, description, coin_imputed) {
  coin <- agg(nrm(trt(coin_imputed)))
  add(name, coin, c("Aggregated"), c(S_DEN, step, S_TRT, S_NRM, S_AGG), description)
}
imp_variant("i_mean", "- step: impute\n  method: mean", "i_mean", quiet(Impute(den(), dset = "Denominated", f_i = "i_mean")))
imp_variant("i_median", "- step: impute\n  method: median", "i_median",
            quiet(Impute(den(), dset = "Denominated", f_i = "i_median")))
imp_variant("i_median_grp", "- step: impute\n  method: group-median\n  group: GDP_group", "i_median_grp by GDP_group",
            quiet(Impute(den(), dset = "Denominated", f_i = "i_median_grp", use_group = "GDP_group")))
imp_variant("i_mean_grp_eurasia", "- step: impute\n  method: group-mean\n  group: EurAsia_group", "i_mean_grp by EurAsia_group",
            quiet(Impute(den(), dset = "Denominated", f_i = "i_mean_grp", use_group = "EurAsia_group")))
imp_variant("i_row_mean_l2", "- step: impute\n  method: unit-mean\n  level: 2",
            "by row, i_mean within level-2 groups, normalised first",
            quiet(Impute(den(), dset = "Denominated", f_i = "i_mean", impute_by = "row", group_level = 2)))
imp_variant("i_row_median_l2", "- step: impute\n  method: unit-median\n  level: 2",
            "by row, i_median within level-2 groups, normalised first",
            quiet(Impute(den(), dset = "Denominated", f_i = "i_median", impute_by = "row", group_level = 2)))
imp_variant("i_row_mean_l3", "- step: impute\n  method: unit-mean\n  level: 3",
            "by row, i_mean within level-3 groups, normalised first",
            quiet(Impute(den(), dset = "Denominated", f_i = "i_mean", impute_by = "row", group_level = 3)))
imp_variant("i_row_mean_all", "- step: impute\n  method: unit-mean\n  level: 4",
            "by row, i_mean over all indicators (no group_level), normalised first",
            quiet(Impute(den(), dset = "Denominated", f_i = "i_mean", impute_by = "row")))
imp_variant("i_row_mean_l2_raw", "- step: impute\n  method: unit-mean\n  level: 2\n  normaliseFirst: false",
            "by row, i_mean within level-2 groups, on the raw values (normalise_first = FALSE)",
            quiet(Impute(den(), dset = "Denominated", f_i = "i_mean", impute_by = "row", group_level = 2,
                         normalise_first = FALSE)))
add("i_none", agg(nrm(trt(den(), dset = "Denominated"))), c("Aggregated"), c(S_DEN, S_TRT, S_NRM, S_AGG),
    "no imputation: missing values left out of the means")

# EM: the deterministic reference (norm) per level-2 group, and COINr's Amelia draw for the record
cond_mean <- function(x, mu, sigma) {
  y <- x
  for (i in seq_len(nrow(x))) {
    m <- is.na(x[i, ])
    if (!any(m)) next
    o <- !m
    if (!any(o)) { y[i, m] <- mu[m]; next }
    y[i, m] <- mu[m] + sigma[m, o, drop = FALSE] %*% solve(sigma[o, o, drop = FALSE], x[i, o] - mu[o])
  }
  y
}
em_norm <- function(x) {
  x <- as.matrix(x)
  if (!anyNA(x)) return(x)
  s <- prelim.norm(x)
  theta <- em.norm(s, maxits = 100000, criterion = 1e-14, showits = FALSE)
  p <- getparam.norm(s, theta)
  cond_mean(x, p$mu, p$sigma)
}
den_data <- get_dset(den(), "Denominated")
lin <- base$Meta$Lineage
groups2 <- lin[[2]][match(icodes, lin[[1]])]
em_data <- den_data
for (g in unique(groups2)) {
  cols <- icodes[groups2 == g]
  em_data[cols] <- em_norm(den_data[cols])
}
em_coin <- COINr:::write_dset(den(), em_data, dset = "Imputed", quietly = TRUE)
add("i_em_l2", agg(nrm(trt(em_coin))), c("Imputed", "Aggregated"),
    c(S_DEN, "- step: impute\n  method: em\n  level: 2", S_TRT, S_NRM, S_AGG),
    "EM per level-2 group: maximum likelihood (norm::em.norm), missing values = conditional expectation",
    reference = "norm 1.0-11.1 em.norm + conditional mean", tolerance = 1e-9,
    note = "COINr's vignette (Amelia, one draw) is stochastic; see the em_amelia_* record")
i_EM <- function(x) {
  amOut <- Amelia::amelia(x, m = 1, p2s = 0, boot.type = "none")
  amOut$imputations[[1]]
}
set.seed(1)
amelia_coin <- suppressWarnings(quiet(Impute(den(), dset = "Denominated", f_i = i_EM, impute_by = "df", group_level = 2)))
am <- get_dset(amelia_coin, "Imputed")
miss <- is.na(as.matrix(den_data[icodes]))
draw_diff <- abs(as.matrix(am[icodes]) - as.matrix(em_data[icodes]))[miss]
sds <- sapply(icodes, function(i) sd(den_data[[i]], na.rm = TRUE))
draw_sd <- (abs(as.matrix(am[icodes]) - as.matrix(em_data[icodes])) / rep(sds, each = nrow(am)))[miss]
# Amelia's mean over 200 draws, to show the reference is what the draws scatter around
set.seed(2)
draws <- replicate(200, as.matrix(get_dset(suppressWarnings(quiet(Impute(den(), dset = "Denominated", f_i = i_EM,
                                                                         impute_by = "df", group_level = 2))), "Imputed")[icodes]))
draw_mean <- apply(draws, c(1, 2), mean)
mean_sd <- (abs(draw_mean - as.matrix(em_data[icodes])) / rep(sds, each = nrow(am)))[miss]
em_note <- sprintf(paste("COINr+Amelia one draw (seed 1) vs the reference: max |diff| %.4g, up to %.2f SD of the indicator;",
                         "mean of 200 draws within %.3f SD of the reference (max; median %.3f)"),
                   max(draw_diff), max(draw_sd), max(mean_sd), median(mean_sd))
add("em_amelia_draw", am, c("Imputed"), c(S_DEN, "- step: impute\n  method: em\n  level: 2"),
    "COINr's vignette EM: one Amelia draw (seed 1), kept for the record", kind = "record",
    reference = "COINr 1.1.14 + Amelia 1.8.1 (stochastic)", note = em_note)

# ==== screening ===================================================================================
scr_before <- quiet(Screen(den(), dset = "Denominated", dat_thresh = 0.9, unit_screen = "byNA"))
add("s_na_before_impute", agg(nrm(trt(imp(scr_before, dset = "Screened")))), c("Aggregated"),
    c(S_DEN, "- step: screen\n  datThreshold: 0.9", S_IMP, S_TRT, S_NRM, S_AGG),
    "screen units at 90 % data availability, then group-mean imputation")
scr_after <- quiet(Screen(imp(den()), dset = "Imputed", dat_thresh = 0.9, unit_screen = "byNA"))
add("s_na_after_impute", agg(nrm(trt(scr_after, dset = "Screened"))), c("Aggregated"),
    c(S_DEN, S_IMP, "- step: screen\n  datThreshold: 0.9", S_TRT, S_NRM, S_AGG),
    "group-mean imputation, then screen units at 90 % (on imputed data nobody is removed)")
scr_z <- quiet(Screen(den(), dset = "Denominated", nonzero_thresh = 0.95, unit_screen = "byzeros"))
add("s_zeros", agg(nrm(trt(imp(scr_z, dset = "Screened")))), c("Aggregated"),
    c(S_DEN, "- step: screen\n  by: zeros\n  nonzeroThreshold: 0.95", S_IMP, S_TRT, S_NRM, S_AGG),
    "screen units with under 95 % non-zero values, then impute")
scr_nz <- quiet(Screen(den(), dset = "Denominated", dat_thresh = 0.9, nonzero_thresh = 0.95, unit_screen = "byNAandzeros"))
add("s_na_and_zeros", agg(nrm(trt(imp(scr_nz, dset = "Screened")))), c("Aggregated"),
    c(S_DEN, "- step: screen\n  by: na-and-zeros\n  datThreshold: 0.9\n  nonzeroThreshold: 0.95", S_IMP, S_TRT, S_NRM, S_AGG),
    "screen by data availability 90 % and non-zero 95 %, then impute")

# ==== aggregation =================================================================================
# COINr 1.1.14's Aggregate() cannot call a_copeland itself: it passes the data as `x`, a_copeland's
# argument is `X`. This one-line wrapper only renames the argument.
a_copeland_x <- function(x, w = NULL) a_copeland(x, w)
N1 <- "- step: normalise\n  method: minmax\n  range: [1, 100]"
n1 <- nrm(default_upto_treat, global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(1, 100))))
n0 <- nrm(default_upto_treat)
add("a_gmean", agg(n1, f_ag = "a_gmean"), c("Aggregated"), c(S_DEN, S_IMP, S_TRT, N1, "- step: aggregate\n  method: geometric"),
    "a_gmean on min-max [1, 100]")
add("a_hmean", agg(n1, f_ag = "a_hmean"), c("Aggregated"), c(S_DEN, S_IMP, S_TRT, N1, "- step: aggregate\n  method: harmonic"),
    "a_hmean on min-max [1, 100]")
add("a_genmean_p2", agg(n0, f_ag = "a_genmean", f_ag_para = list(p = 2)), c("Aggregated"),
    c(S_DEN, S_IMP, S_TRT, S_NRM, "- step: aggregate\n  method: generalised\n  p: 2"), "a_genmean p = 2")
add("a_genmean_pm1", agg(n1, f_ag = "a_genmean", f_ag_para = list(p = -1)), c("Aggregated"),
    c(S_DEN, S_IMP, S_TRT, N1, "- step: aggregate\n  method: generalised\n  p: -1"), "a_genmean p = -1 on [1, 100]")
add("a_per_level", agg(n1, f_ag = c("a_amean", "a_gmean", "a_hmean")), c("Aggregated"),
    c(S_DEN, S_IMP, S_TRT, N1, "- step: aggregate\n  method: [arithmetic, geometric, harmonic]"),
    "a_amean for pillars, a_gmean for sub-indices, a_hmean for the index")
add("a_copeland", agg(n0, f_ag = "a_copeland_x", by_df = TRUE), c("Aggregated"),
    c(S_DEN, S_IMP, S_TRT, S_NRM, "- step: aggregate\n  method: copeland"), "a_copeland at every level")
n_na <- nrm(trt(den(), dset = "Denominated"))
add("a_dat_thresh", agg(n_na, dat_thresh = 0.8), c("Aggregated"),
    c(S_DEN, S_TRT, S_NRM, "- step: aggregate\n  method: arithmetic\n  datThreshold: 0.8"),
    "no imputation; an aggregate needs 80 % of its children (dat_thresh)")

# Copeland with missing values: the engine's rule (a comparison with a missing value is left out)
copeland_sym <- function(X, w) {
  X <- as.matrix(X)
  n <- nrow(X)
  s <- numeric(n)
  for (i in 1:n) for (j in 1:n) if (i != j) {
    ok <- !is.na(X[i, ]) & !is.na(X[j, ])
    if (!any(ok)) next
    # decided exactly: 2*(weight won) + (weight tied) against the weight compared
    won <- sum(w[ok & X[i, ] > X[j, ]]); tied <- sum(w[ok & X[i, ] == X[j, ]]); all <- sum(w[ok])
    d <- 2 * won + tied - all
    s[i] <- s[i] + sign(d)
  }
  s
}
copeland_coin <- function(coin) {
  d <- get_dset(coin, "Normalised")
  im <- coin$Meta$Ind[!is.na(coin$Meta$Ind$Level), ]
  for (lev in 2:maxlev) {
    for (p in unique(im$Parent[im$Level == lev - 1])) {
      kids <- im$iCode[im$Level == lev - 1 & im$Parent == p]
      d[[p]] <- copeland_sym(d[kids], im$Weight[match(kids, im$iCode)])
    }
  }
  d
}
ours_full <- copeland_coin(n0)
coinr_full <- get_dset(agg(n0, f_ag = "a_copeland_x", by_df = TRUE), "Aggregated")
stopifnot(isTRUE(all.equal(as.matrix(ours_full[names(coinr_full)[-1]]), as.matrix(coinr_full[-1]), tolerance = 0)))
add("a_copeland_missing", copeland_coin(n_na), c("Aggregated"),
    c(S_DEN, S_TRT, S_NRM, "- step: aggregate\n  method: copeland"),
    "a_copeland without imputation: comparisons with a missing value left out",
    reference = "R implementation of the engine's rule (equal to a_copeland on complete data, checked)",
    note = "COINr gives the weight of a missing comparison to the unit listed later (order-dependent)")

# ==== weighting ===================================================================================
# PCA weights (get_PCA), COINr Level 1 (indicators, from Normalised) and Level 2 (pillars, from Aggregated)
agg0 <- agg(n0)
pca1 <- quiet(get_PCA(n0, dset = "Normalised", Level = 1, weights_to = "PCA", out2 = "coin", nowarnings = TRUE))
add("w_pca_l1", agg(pca1, w = "PCA"), c("Aggregated"),
    c(S_DEN, S_IMP, S_TRT, S_NRM, "- step: weight\n  method: pca\n  level: 2\n  name: PCA",
      "- step: aggregate\n  method: arithmetic\n  weights: PCA"), "get_PCA weights of the indicators (Level 1)")
pca2 <- quiet(get_PCA(agg0, dset = "Aggregated", Level = 2, weights_to = "PCA", out2 = "coin", nowarnings = TRUE))
add("w_pca_l2", agg(pca2, w = "PCA"), c("Aggregated"),
    c(S_DEN, S_IMP, S_TRT, S_NRM, S_AGG, "- step: weight\n  method: pca\n  level: 3\n  name: PCA\n  from: Aggregated",
      "- step: aggregate\n  method: arithmetic\n  weights: PCA\n  from: Normalised\n  to: Aggregated"),
    "get_PCA weights of the pillars (Level 2)")

# Optimised weights (get_opt_weights, "balance" and "infomax"): the optimum to convergence
opt_reference <- function(coin, Level, optype) {
  A <- get_dset(coin, "Aggregated")
  im <- coin$Meta$Ind[!is.na(coin$Meta$Ind$Level), ]
  w0 <- coin$Meta$Weights$Original
  nodes <- im$iCode[im$Level == Level]
  parents <- im$Parent[match(nodes, im$iCode)]
  groups <- split(seq_along(nodes), factor(parents, levels = unique(parents)))
  # weights of the nodes from the free shares (each group: all but the last share, the last = 1 - sum)
  weights <- function(theta) {
    w <- numeric(length(nodes)); k <- 0
    for (g in groups) {
      m <- length(g)
      if (m > 1) { w[g[-m]] <- theta[k + seq_len(m - 1)]; k <- k + m - 1 }
      w[g[m]] <- 1 - sum(w[g[-m]])
    }
    w
  }
  start <- unlist(lapply(groups, function(g) rep(1 / length(g), length(g) - 1)))
  # re-aggregate from the nodes' level upwards (arithmetic means with the original weights above)
  index_of <- function(w) {
    d <- A
    wl <- w0; wl$Weight[match(nodes, wl$iCode)] <- w
    for (lev in (Level + 1):maxlev) for (p in im$iCode[im$Level == lev]) {
      kids <- im$iCode[im$Level == lev - 1 & im$Parent == p]
      ww <- wl$Weight[match(kids, wl$iCode)]
      d[[p]] <- apply(as.matrix(d[kids]), 1, function(x) a_amean(x, ww))
    }
    d
  }
  corrs <- function(theta) {
    d <- index_of(weights(theta))
    sapply(nodes, function(n) cor(d[[n]], d[[im$iCode[im$Level == maxlev]]], use = "pairwise.complete.obs"))
  }
  itarg <- rep(1 / length(nodes), length(nodes))
  resid <- function(theta) { cr <- corrs(theta); itarg - cr / sum(cr) }
  objective <- if (optype == "balance") function(theta) log(sum(resid(theta)^2) / length(nodes))
               else function(theta) -sum(corrs(theta))
  o <- optim(start, objective, control = list(reltol = 1e-16, maxit = 1e5))
  repeat {
    o2 <- optim(o$par, objective, control = list(reltol = 1e-16, maxit = 1e5))
    if (max(abs(o2$par - o$par)) < 1e-13) { o <- o2; break }
    o <- o2
  }
  theta <- o$par
  if (optype == "infomax") {
    # Newton on the gradient (numDeriv: Richardson-extrapolated differences) until the step vanishes
    for (it in 1:30) {
      step <- -solve(numDeriv::hessian(objective, theta), numDeriv::grad(objective, theta))
      theta <- theta + step
      if (max(abs(step)) < 1e-14) break
    }
  } else {
    # Gauss-Newton on the residuals (central differences) until the step vanishes
    for (it in 1:50) {
      r <- resid(theta)
      J <- sapply(seq_along(theta), function(k) {
        h <- 1e-6; e <- replace(numeric(length(theta)), k, h)
        (resid(theta + e) - resid(theta - e)) / (2 * h)
      })
      step <- qr.solve(J, -r)
      theta <- theta + step
      if (max(abs(step)) < 1e-15) break
    }
  }
  w <- weights(theta)
  wl <- w0; wl$Weight[match(nodes, wl$iCode)] <- w
  # the objective as COINr's get_opt_weights computes it, at the optimum (its own weights2corr)
  crs <- COINr:::weights2corr(coin, w = wl, dset = "Aggregated", Levels = c(Level, maxlev))$cr$Correlation
  coinr_obj <- if (optype == "balance") log(sum((itarg - crs / sum(crs))^2) / length(crs)) else -sum(crs)
  stopifnot(abs(coinr_obj - objective(theta)) < 1e-12)
  list(weights = wl, value = coinr_obj)
}
opt_variant <- function(name, Level, optype, description) {
  ref <- opt_reference(agg0, Level, optype)
  coin <- agg0; coin$Meta$Weights$Opt <- ref$weights
  built <- agg(coin, w = "Opt")
  wdf <- ref$weights[ref$weights$Level == Level, c("iCode", "Weight")]
  write_df(wdf, paste0(name, ".Weights.csv"))
  # what get_opt_weights itself returns, with its default tolerance, for the record
  coinr_default <- quiet(get_opt_weights(agg0, itarg = if (optype == "balance") "equal" else NULL, dset = "Aggregated",
                                         Level = Level, optype = optype, out2 = "coin", weights_to = "OptCOINr"))
  cobj <- coinr_default$Analysis$Weights$OptCOINr$OptResults$value
  cagg <- get_dset(agg(coinr_default, w = "OptCOINr"), "Aggregated")
  note <- sprintf("objective at the optimum %.15g; get_opt_weights with its defaults stops at %.6g and its index differs by up to %.3g",
                  ref$value, cobj, max(abs(cagg$Index - get_dset(built, "Aggregated")$Index)))
  add(name, built, c("Aggregated"),
      c(S_DEN, S_IMP, S_TRT, S_NRM, S_AGG,
        paste0("- step: weight\n  method: correlation\n  level: ", Level + 1, "\n  name: Opt\n  from: Aggregated",
               if (optype == "infomax") "\n  objective: infomax" else ""),
        "- step: aggregate\n  method: arithmetic\n  weights: Opt\n  from: Normalised\n  to: Aggregated"),
      description, reference = "the objective of get_opt_weights minimised to convergence (R optim, then Gauss-Newton or Newton)",
      tolerance = 1e-9, note = note)
  manifest$objective[manifest$variant == name] <<- sprintf("%.17g", ref$value)
}
opt_variant("w_opt_l3", 3, "balance", "get_opt_weights, equal importance of the sub-indices (Level 3)")
opt_variant("w_opt_l2", 2, "balance", "get_opt_weights, equal importance of all pillars against the index (Level 2)")
opt_variant("w_opt_l2_infomax", 2, "infomax", "get_opt_weights, optype infomax, pillars (Level 2)")

write.csv(manifest, file.path(out, "variants.csv"), row.names = FALSE)
writeLines(c(paste("R", paste(R.version$major, R.version$minor, sep = ".")),
             paste("COINr", packageVersion("COINr")), paste("Amelia", packageVersion("Amelia")),
             paste("norm", packageVersion("norm"))), file.path(out, "VERSIONS.txt"))
cat("wrote", nrow(manifest), "variants to", out, "\n")
