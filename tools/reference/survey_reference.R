# Reference results for the survey engine (core, pl.miasto4.survey), computed with R's survey
# package (Lumley). The Java tests read what this script writes and never their own output.
#
#   Rscript tools/reference/survey_reference.R            # the api cases (apiclus1, apistrat)
#   Rscript tools/reference/survey_reference.R fresh      # the fresh, seeded dataset (see the end)
#
# Written with R 4.2.2 and survey 4.1-1 (Debian r-cran-survey; calibrate() with calfun
# "raking" or bounds also needs r-cran-mass). The versions actually used are written to
# versions.txt next to the results.
#
# Output (in core/src/test/resources/survey/):
#   api/apiclus1.csv, api/apistrat.csv        the data sets shipped with the package (data(api))
#   api/apistrat_boot.csv                     apistrat with 50 bootstrap replicate weights rw1..rw50
#                                             drawn by as.svrepdesign(type = "bootstrap") (seeded)
#   api/cases.csv       case, data, args: each case as arguments of `miasto survey estimate`
#   api/expected.csv    case, statistic, variable, domain, estimate, se, ci_low, ci_high, n, deff
#   api/weights.csv     case, row, weight: the final weights of the weighted cases
#
# Conventions (the same as the CLI's): missing values are left out (na.rm = TRUE); a domain
# is the design restricted to the domain's rows as svyby does (design[rows, ]); means, totals
# and ratios get normal 95 % intervals (confint's default df = Inf); proportions the logit
# interval of svyciprop (t with degf of the domain's design) or, with
# --proportion-interval wilson, the Wilson score interval on the effective sample size
# p(1 - p) / var (Kott & Carr 1997), computed below from svymean's SE; quantiles use
# svyquantile's defaults (qrule "math", Woodruff interval on the "mean" scale, t with degf);
# deff is svymean / svytotal / svyratio's deff = TRUE (empty for quantiles).

suppressMessages(library(survey))

args <- commandArgs(trailingOnly = TRUE)
which <- if (length(args) > 0) args[1] else "api"
script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
root <- normalizePath(file.path(dirname(script), "..", ".."))
out_root <- file.path(root, "core", "src", "test", "resources", "survey")

num <- function(x) ifelse(is.na(x) | !is.finite(x), "", sprintf("%.17g", x))

writeLines(c(R.version.string, paste("survey", as.character(packageVersion("survey"))),
             paste("MASS", as.character(packageVersion("MASS")))),
           file.path(out_root, "versions.txt"))

# ---------------------------------------------------------------------------------------------
# Estimates of one case: every statistic in the whole sample and in each domain of `by`.
# spec: list(means = c(...), totals = c(...), props = list(c(col, level)), ratios = list(c(n, d)),
#            quantiles = list(list(col, p)), by = "col" or NULL, wilson = FALSE)

is_rep <- function(d) inherits(d, "svyrep.design")

nobs <- function(d, x) {
  w <- if (is_rep(d)) d$pweights else weights(d)
  if (is.null(x)) sum(w != 0) else sum(w != 0 & !is.na(x))
}

dfree <- function(d) degf(d)

rows_for <- function(case, d, spec, label) {
  out <- list()
  add <- function(statistic, variable, est, se, lo, hi, n, deff) {
    est <- as.numeric(est)[1]; se <- as.numeric(se)[1]; lo <- as.numeric(lo)[1]; hi <- as.numeric(hi)[1]
    n <- as.numeric(n)[1]; deff <- as.numeric(deff)[1]
    out[[length(out) + 1]] <<- data.frame(case = case, statistic = statistic, variable = variable, row.names = NULL,
      domain = label, estimate = num(est), se = num(se), ci_low = num(lo), ci_high = num(hi),
      n = n, deff = num(deff), stringsAsFactors = FALSE)
  }
  vars <- d$variables
  for (v in spec$means) {
    f <- as.formula(paste0("~`", v, "`"))
    if (nobs(d, vars[[v]]) == 0) {   # no respondent in the domain answered: no data, not an estimate
      add("mean", v, NA, NA, NA, NA, 0, NA)
      next
    }
    m <- svymean(f, d, na.rm = TRUE, deff = TRUE)
    ci <- confint(m)
    add("mean", v, coef(m), SE(m), ci[1], ci[2], nobs(d, vars[[v]]), deff(m))
  }
  for (v in spec$totals) {
    f <- as.formula(paste0("~`", v, "`"))
    m <- svytotal(f, d, na.rm = TRUE, deff = TRUE)
    ci <- confint(m)
    add("total", v, coef(m), SE(m), ci[1], ci[2], nobs(d, vars[[v]]), deff(m))
  }
  for (p in spec$props) {
    col <- p[1]; lev <- p[2]
    f <- as.formula(paste0("~I(as.numeric(`", col, "` == \"", lev, "\"))"))
    m <- svymean(f, d, na.rm = TRUE, deff = TRUE)
    est <- unname(coef(m)); se <- unname(SE(m))
    if (isTRUE(spec$wilson)) {
      tq <- qt(0.975, dfree(d))
      w <- if (is_rep(d)) d$pweights else weights(d)
      keep <- w != 0 & !is.na(vars[[col]])
      neff <- if (se > 0) est * (1 - est) / se^2 else sum(w[keep])^2 / sum(w[keep]^2)
      centre <- (est + tq^2 / (2 * neff)) / (1 + tq^2 / neff)
      half <- tq * sqrt(est * (1 - est) / neff + tq^2 / (4 * neff^2)) / (1 + tq^2 / neff)
      lo <- centre - half; hi <- centre + half
    } else if (est == 0 || est == 1) {
      # The logit is undefined here (svyglm does not converge); the engine gives, as documented,
      # the Wilson interval on Kish's effective sample size, computed here from R's numbers.
      tq <- qt(0.975, dfree(d))
      w <- if (is_rep(d)) d$pweights else weights(d)
      keep <- w != 0 & !is.na(vars[[col]])
      neff <- sum(w[keep])^2 / sum(w[keep]^2)
      centre <- (est + tq^2 / (2 * neff)) / (1 + tq^2 / neff)
      half <- tq * sqrt(est * (1 - est) / neff + tq^2 / (4 * neff^2)) / (1 + tq^2 / neff)
      lo <- centre - half; hi <- centre + half
    } else {
      cf <- as.formula(paste0("~I(`", col, "` == \"", lev, "\")"))
      cp <- suppressWarnings(svyciprop(cf, d, method = "logit", na.rm = TRUE))  # "zero weight" notes of svyglm
      lo <- attr(cp, "ci")[1]; hi <- attr(cp, "ci")[2]
    }
    add("proportion", paste0(col, "=", lev), est, se, lo, hi, nobs(d, vars[[col]]), deff(m))
  }
  for (r in spec$ratios) {
    nf <- as.formula(paste0("~`", r[1], "`")); df <- as.formula(paste0("~`", r[2], "`"))
    m <- svyratio(nf, df, d, na.rm = TRUE, deff = !is_rep(d))
    est <- coef(m); se <- SE(m)
    n <- nobs(d, ifelse(is.na(vars[[r[1]]]) | is.na(vars[[r[2]]]), NA, 1))
    add("ratio", paste0(r[1], "/", r[2]), est, se, est - qnorm(0.975) * se, est + qnorm(0.975) * se,
        n, if (is_rep(d)) NA else attr(m, "deff"))
  }
  for (q in spec$quantiles) {
    f <- as.formula(paste0("~`", q[[1]], "`"))
    m <- svyquantile(f, d, as.numeric(q[[2]]), ci = TRUE, na.rm = TRUE)[[1]]
    lo <- m[1, 2]; hi <- m[1, 3]; se <- m[1, 4]
    # qrule_math's helper qs() takes the second-smallest value when p is below the share of the
    # smallest one; the inverse of the distribution function there is the smallest value, which
    # the engine gives. Recomputed here for the lower end of Woodruff's interval when that happens.
    x <- vars[[q[[1]]]]
    w <- if (is_rep(d)) d$pweights else weights(d)
    keep <- w != 0 & !is.na(x)
    xs <- x[keep]; ws <- w[keep]
    o <- order(xs)
    share1 <- ws[o][1] / sum(ws)
    below <- svymean(as.formula(paste0("~I(as.numeric(`", q[[1]], "` <= ", m[1, 1], "))")), d, na.rm = TRUE)
    df <- if (is_rep(d)) degf(d[keep, ]) else degf(d[keep, ])
    plow <- coef(below) - qt(0.975, df) * SE(below)
    if (!is.na(plow) && plow >= 0 && plow * sum(ws) < cumsum(ws[o])[1]) {
      lo <- xs[o][1]
      se <- (hi - lo) / (2 * qt(0.975, df))
    }
    add("quantile", paste0(q[[1]], ":", q[[2]]), m[1, 1], se, lo, hi, nobs(d, x), NA)
  }
  do.call(rbind, out)
}

estimates <- function(case, d, spec) {
  all <- rows_for(case, d, spec, "all")
  if (is.null(spec$by)) return(all)
  levels <- sort(unique(as.character(d$variables[[spec$by]])))
  parts <- lapply(levels, function(l) {
    sub <- d[as.character(d$variables[[spec$by]]) == l, ]
    rows_for(case, sub, spec, paste0(spec$by, "=", l))
  })
  rbind(all, do.call(rbind, parts))
}

cases <- list()
expected <- list()
final_weights <- list()

record <- function(case, data, args, d, spec, keep_weights = FALSE) {
  message(case)
  cases[[length(cases) + 1]] <<- data.frame(case = case, data = data, args = args, stringsAsFactors = FALSE)
  expected[[length(expected) + 1]] <<- estimates(case, d, spec)
  if (keep_weights) {
    w <- if (is_rep(d)) d$pweights else weights(d)
    final_weights[[length(final_weights) + 1]] <<- data.frame(case = case, row = seq_along(w), weight = num(w))
  }
}

write_all <- function(dir) {
  write.csv(do.call(rbind, cases), file.path(dir, "cases.csv"), row.names = FALSE)
  write.csv(do.call(rbind, expected), file.path(dir, "expected.csv"), row.names = FALSE)
  if (length(final_weights) > 0)
    write.csv(do.call(rbind, final_weights), file.path(dir, "weights.csv"), row.names = FALSE)
}

margin <- function(var, levels, counts) {
  m <- data.frame(levels, counts); names(m) <- c(var, "Freq"); m
}

margin_arg <- function(var, levels, counts) {
  paste0(var, "=", paste0(levels, ":", counts, collapse = ","))
}

if (which == "api") {
  dir <- file.path(out_root, "api")
  dir.create(dir, showWarnings = FALSE, recursive = TRUE)
  data(api)
  write.csv(apiclus1, file.path(dir, "apiclus1.csv"), row.names = FALSE, na = "")
  write.csv(apistrat, file.path(dir, "apistrat.csv"), row.names = FALSE, na = "")

  tight <- list(maxit = 100, epsilon = 1e-12)
  tight_args <- "--max-iterations 100 --epsilon 1e-12"
  published <- list(maxit = 10, epsilon = 1)          # rake()'s defaults, as in its help page
  published_args <- "--max-iterations 10 --epsilon 1"

  # Kraków-sized schools population of California (apipop), as in rake()'s help page.
  m_stype <- margin("stype", c("E", "H", "M"), c(4421, 755, 1018))
  a_stype <- margin_arg("stype", c("E", "H", "M"), c(4421, 755, 1018))
  m_sw <- margin("sch.wide", c("No", "Yes"), c(1072, 5122))
  a_sw <- margin_arg("sch.wide", c("No", "Yes"), c(1072, 5122))
  aw <- table(apipop$awards)
  m_aw <- margin("awards", names(aw), as.vector(aw))
  a_aw <- margin_arg("awards", names(aw), as.vector(aw))

  # --- one-stage cluster sample of school districts (apiclus1), fpc = number of districts
  dclus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc)
  clus_args <- "--weight pw --cluster dnum --fpc fpc"
  full <- list(means = c("api00", "api99", "acs.k3"), totals = c("enroll"),
               props = list(c("sch.wide", "Yes"), c("awards", "Yes")),
               ratios = list(c("api.stu", "enroll")),
               quantiles = list(list("api00", 0.25), list("api00", 0.5), list("api00", 0.75)),
               by = "stype")
  full_args <- paste("--mean api00 --mean api99 --mean acs.k3 --total enroll --proportion sch.wide=Yes",
                     "--proportion awards=Yes --ratio api.stu/enroll --quantile api00:0.25",
                     "--quantile api00:0.5 --quantile api00:0.75 --by stype")
  record("clus1", "apiclus1.csv", paste(clus_args, full_args), dclus1, full)

  dclus1_wr <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1)
  record("clus1_with_replacement", "apiclus1.csv", paste("--weight pw --cluster dnum", full_args), dclus1_wr, full)

  wil <- list(props = list(c("sch.wide", "Yes"), c("awards", "Yes"), c("stype", "H")), by = "comp.imp", wilson = TRUE)
  record("clus1_wilson", "apiclus1.csv", paste(clus_args,
    "--proportion sch.wide=Yes --proportion awards=Yes --proportion stype=H --proportion-interval wilson --by comp.imp"),
    dclus1, wil)

  rk <- list(means = c("api00", "acs.k3"), totals = c("enroll"), props = list(c("awards", "Yes")),
             ratios = list(c("api.stu", "enroll")), quantiles = list(list("api00", 0.5)), by = "comp.imp")
  rk_args <- paste("--mean api00 --mean acs.k3 --total enroll --proportion awards=Yes --ratio api.stu/enroll",
                   "--quantile api00:0.5 --by comp.imp")
  rake_args <- paste("--rake", a_stype, "--rake", a_sw)

  d <- rake(dclus1, list(~stype, ~sch.wide), list(m_stype, m_sw), control = published)
  record("clus1_rake_published", "apiclus1.csv", paste(clus_args, rake_args, published_args, "--mean api00 --total enroll"),
         d, list(means = "api00", totals = "enroll"), keep_weights = TRUE)
  d <- rake(dclus1, list(~stype, ~sch.wide), list(m_stype, m_sw), control = tight)
  record("clus1_rake", "apiclus1.csv", paste(clus_args, rake_args, tight_args, rk_args), d, rk, keep_weights = TRUE)

  d <- postStratify(dclus1, ~stype, m_stype)
  record("clus1_poststratify", "apiclus1.csv", paste(clus_args, "--poststratify", a_stype, rk_args), d, rk)

  d <- calibrate(dclus1, list(~stype, ~sch.wide), list(m_stype, m_sw), calfun = "linear")
  record("clus1_calibrate_linear", "apiclus1.csv", paste(clus_args, rake_args, "--calibrate linear", rk_args), d, rk,
         keep_weights = TRUE)
  d <- calibrate(dclus1, list(~stype, ~sch.wide), list(m_stype, m_sw), calfun = "raking", epsilon = 1e-10)
  record("clus1_calibrate_raking", "apiclus1.csv", paste(clus_args, rake_args, "--calibrate raking", rk_args), d, rk,
         keep_weights = TRUE)
  d <- calibrate(dclus1, list(~stype, ~sch.wide), list(m_stype, m_sw), calfun = "linear", bounds = c(0.85, 1.7),
                 epsilon = 1e-10)
  record("clus1_calibrate_linear_bounded", "apiclus1.csv",
         paste(clus_args, rake_args, "--calibrate linear --bounds 0.85,1.7", rk_args), d, rk, keep_weights = TRUE)
  d <- calibrate(dclus1, list(~stype, ~sch.wide), list(m_stype, m_sw), calfun = "raking", bounds = c(0.85, 1.7),
                 epsilon = 1e-10)
  record("clus1_calibrate_raking_bounded", "apiclus1.csv",
         paste(clus_args, rake_args, "--calibrate raking --bounds 0.85,1.7", rk_args), d, rk, keep_weights = TRUE)

  # --- the same design with JK1 replicate weights (as.svrepdesign: delete one district)
  rclus1 <- as.svrepdesign(dclus1)
  rep_spec <- list(means = c("api00", "acs.k3"), totals = c("enroll"), props = list(c("sch.wide", "Yes")),
                   ratios = list(c("api.stu", "enroll")), quantiles = list(list("api00", 0.5)), by = "stype")
  rep_args <- paste("--mean api00 --mean acs.k3 --total enroll --proportion sch.wide=Yes --ratio api.stu/enroll",
                    "--quantile api00:0.5 --by stype")
  record("clus1_jk1", "apiclus1.csv", paste(clus_args, "--replicates jk1", rep_args), rclus1, rep_spec)
  d <- rake(rclus1, list(~stype, ~sch.wide), list(m_stype, m_sw), control = published)
  record("clus1_jk1_rake_published", "apiclus1.csv",
         paste(clus_args, "--replicates jk1", rake_args, published_args, "--mean api00 --total enroll"),
         d, list(means = "api00", totals = "enroll"))
  d <- rake(rclus1, list(~stype, ~sch.wide), list(m_stype, m_sw), control = tight)
  rep_rk <- rep_spec; rep_rk$by <- "comp.imp"
  record("clus1_jk1_rake", "apiclus1.csv",
         paste(clus_args, "--replicates jk1", rake_args, tight_args, sub("--by stype", "--by comp.imp", rep_args)),
         d, rep_rk)
  d <- calibrate(rclus1, list(~stype, ~sch.wide), list(m_stype, m_sw), calfun = "linear")
  record("clus1_jk1_calibrate_linear", "apiclus1.csv",
         paste(clus_args, "--replicates jk1", rake_args, "--calibrate linear", sub("--by stype", "--by comp.imp", rep_args)),
         d, rep_rk)

  # --- stratified sample of schools (apistrat), fpc = schools in the stratum
  dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc)
  strat_args <- "--weight pw --strata stype --fpc fpc"
  sfull <- full; sfull$by <- "awards"
  sfull_args <- sub("--by stype", "--by awards", full_args)
  record("strat", "apistrat.csv", paste(strat_args, sfull_args), dstrat, sfull)
  dstrat_wr <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat)
  record("strat_with_replacement", "apistrat.csv", paste("--weight pw --strata stype", sfull_args), dstrat_wr, sfull)

  srk <- list(means = c("api00", "acs.k3"), totals = c("enroll"), props = list(c("comp.imp", "Yes")),
              ratios = list(c("api.stu", "enroll")), quantiles = list(list("api00", 0.5)), by = "stype")
  srk_args <- paste("--mean api00 --mean acs.k3 --total enroll --proportion comp.imp=Yes --ratio api.stu/enroll",
                    "--quantile api00:0.5 --by stype")
  three <- paste("--rake", a_stype, "--rake", a_sw, "--rake", a_aw)
  d <- rake(dstrat, list(~stype, ~sch.wide, ~awards), list(m_stype, m_sw, m_aw), control = tight)
  record("strat_rake", "apistrat.csv", paste(strat_args, three, tight_args, srk_args), d, srk, keep_weights = TRUE)
  d2 <- trimWeights(d, upper = 40, lower = 16)
  record("strat_rake_trim", "apistrat.csv", paste(strat_args, three, tight_args, "--trim 16,40", srk_args), d2, srk,
         keep_weights = TRUE)
  d <- trimWeights(dstrat, upper = 40, lower = 16)
  record("strat_trim", "apistrat.csv", paste(strat_args, "--trim 16,40", srk_args), d, srk, keep_weights = TRUE)
  d <- postStratify(dstrat, ~awards, m_aw)
  record("strat_poststratify", "apistrat.csv", paste(strat_args, "--poststratify", a_aw, srk_args), d, srk)
  d <- calibrate(dstrat, list(~sch.wide, ~awards), list(m_sw, m_aw), calfun = "linear")
  record("strat_calibrate_linear", "apistrat.csv",
         paste(strat_args, "--rake", a_sw, "--rake", a_aw, "--calibrate linear", srk_args), d, srk, keep_weights = TRUE)
  # calibration to the population total of a numeric auxiliary (api99) besides a margin
  api99_total <- sum(apipop$api99)
  d <- calibrate(dstrat, ~sch.wide + api99, c(`(Intercept)` = 6194, sch.wideYes = 5122, api99 = api99_total))
  record("strat_calibrate_total", "apistrat.csv",
         paste(strat_args, "--rake", a_sw, "--known-total", paste0("api99=", sprintf("%.17g", api99_total)),
               "--calibrate linear", srk_args), d, srk, keep_weights = TRUE)
  d <- calibrate(dstrat, ~sch.wide + api99, c(`(Intercept)` = 6194, sch.wideYes = 5122, api99 = api99_total),
                 calfun = "raking", epsilon = 1e-10)
  record("strat_calibrate_total_raking", "apistrat.csv",
         paste(strat_args, "--rake", a_sw, "--known-total", paste0("api99=", sprintf("%.17g", api99_total)),
               "--calibrate raking", srk_args), d, srk, keep_weights = TRUE)

  # JKn (delete one school per stratum) and bootstrap replicate weights
  d <- as.svrepdesign(dstrat, type = "JKn")
  record("strat_jkn", "apistrat.csv", paste(strat_args, "--replicates jkn", srk_args), d, srk)
  set.seed(20240515)
  boot <- as.svrepdesign(dstrat, type = "bootstrap", replicates = 50)
  rw <- weights(boot, "analysis")
  colnames(rw) <- paste0("rw", seq_len(ncol(rw)))
  write.csv(cbind(apistrat, rw), file.path(dir, "apistrat_boot.csv"), row.names = FALSE, na = "")
  boot_args <- paste("--weight pw --replicate-weights rw --replicate-scale", sprintf("%.17g", boot$scale))
  bootd <- svrepdesign(data = cbind(apistrat, rw), repweights = "rw[0-9]+", weights = ~pw, type = "bootstrap",
                       scale = boot$scale, rscales = rep(1, 50), combined.weights = TRUE)
  record("strat_bootstrap", "apistrat_boot.csv", paste(boot_args, srk_args), bootd, srk)
  d <- rake(bootd, list(~stype, ~sch.wide, ~awards), list(m_stype, m_sw, m_aw), control = tight)
  record("strat_bootstrap_rake", "apistrat_boot.csv", paste(boot_args, three, tight_args, srk_args), d, srk)

  # The bootstrap itself (R's random draws cannot be repeated in Java): standard errors from
  # 2,000 replicates, to compare with the engine's own bootstrap within Monte Carlo error.
  set.seed(20240516)
  checks <- list()
  for (nm in c("strat", "clus1")) {
    des <- if (nm == "strat") dstrat else dclus1
    b <- as.svrepdesign(des, type = "bootstrap", replicates = 2000)
    m <- svymean(~api00, b); t <- svytotal(~enroll, b)
    checks[[length(checks) + 1]] <- data.frame(case = nm, statistic = c("mean", "total"),
      variable = c("api00", "enroll"), replicates = 2000, se = num(c(SE(m), SE(t))))
  }
  write.csv(do.call(rbind, checks), file.path(dir, "bootstrap_check.csv"), row.names = FALSE)

  write_all(dir)
}

# ---------------------------------------------------------------------------------------------
# "Data the tests have not seen": a fresh SYNTHETIC survey, generated here with a fixed seed
# after the engine was written and checked on the api cases only. A city's residents survey: six
# districts as strata, census areas as clusters drawn without replacement (fpc = areas in the
# district), unequal weights, Likert answers, incomes with missing values. Written as Polish
# Excel writes CSV: Windows-1250, semicolons, decimal commas.
if (which == "fresh") {
  dir <- file.path(out_root, "fresh")
  dir.create(dir, showWarnings = FALSE, recursive = TRUE)
  set.seed(20251207)
  districts <- c("Stare Miasto", "Grzegórzki", "Prądnik Czerwony", "Krowodrza", "Podgórze", "Nowa Huta")
  areas_in_district <- c(60, 45, 90, 75, 110, 120)
  sampled_areas <- c(8, 7, 10, 9, 12, 11)
  ages <- c("18-29", "30-44", "45-59", "60-74", "75+")
  rows <- list()
  for (h in seq_along(districts)) {
    areas <- sample(seq_len(areas_in_district[h]), sampled_areas[h])
    for (a in areas) {
      m <- sample(6:14, 1)
      age <- sample(ages, m, replace = TRUE, prob = c(0.16, 0.24, 0.22, 0.24, 0.14))
      sex <- sample(c("K", "M"), m, replace = TRUE, prob = c(0.58, 0.42))
      base <- areas_in_district[h] / sampled_areas[h] * 900 / m
      w <- round(base * exp(rnorm(m, 0, 0.25)), 2)   # non-response adjustment varies
      area_effect <- rnorm(1, 0, 0.4)
      sat <- pmin(5, pmax(1, round(3 + 0.3 * (h - 3.5) / 2.5 + area_effect + 0.2 * (age == "75+") + rnorm(m, 0, 0.9))))
      income <- round(exp(8.3 + 0.15 * (age %in% c("30-44", "45-59")) + 0.1 * (sex == "M") + area_effect / 4 +
                          rnorm(m, 0, 0.45)), 0)
      income[runif(m) < 0.08] <- NA
      trust <- ifelse(runif(m) < plogis(-0.3 + 0.5 * (sat >= 4) + area_effect), "tak", "nie")
      trust[runif(m) < 0.03] <- NA
      household <- pmax(1, rpois(m, 2.3))
      rows[[length(rows) + 1]] <- data.frame(dzielnica = districts[h], obwod = paste0(h, "-", a),
        obwody = areas_in_district[h], waga = w, plec = sex, wiek = age, zadowolenie = sat, dochod = income,
        zaufanie = trust, osoby = household, stringsAsFactors = FALSE)
    }
  }
  fresh <- do.call(rbind, rows)
  write.csv2(fresh, file.path(dir, "SYNTHETIC_mieszkancy.csv"), row.names = FALSE, na = "",
             fileEncoding = "windows-1250")
  # population margins (adults, a Kraków-sized city); all totals 650,000
  N <- 650000
  age_pop <- round(N * c(0.17, 0.27, 0.22, 0.21, 0.13)); age_pop[5] <- N - sum(age_pop[1:4])
  sex_pop <- c(346000, 304000)
  dist_pop <- round(N * c(0.05, 0.07, 0.13, 0.16, 0.33, 0.26)); dist_pop[6] <- N - sum(dist_pop[1:5])
  m_age <- margin("wiek", ages, age_pop); a_age <- margin_arg("wiek", ages, age_pop)
  m_sex <- margin("plec", c("K", "M"), sex_pop); a_sex <- margin_arg("plec", c("K", "M"), sex_pop)
  m_dist <- margin("dzielnica", districts, dist_pop)
  a_dist <- paste0("dzielnica=", paste0(districts, ":", dist_pop, collapse = ","))
  # option values with spaces are written with '_' for spaces in cases.csv; the tests put them back
  a_dist <- gsub(" ", "_", a_dist)

  d <- svydesign(id = ~obwod, strata = ~dzielnica, weights = ~waga, fpc = ~obwody, data = fresh)
  des_args <- "--weight waga --strata dzielnica --cluster obwod --fpc obwody"
  spec <- list(means = c("zadowolenie", "dochod"), totals = c("osoby"), props = list(c("zaufanie", "tak")),
               ratios = list(c("dochod", "osoby")), quantiles = list(list("dochod", 0.5), list("zadowolenie", 0.25)),
               by = "wiek")
  spec_args <- paste("--mean zadowolenie --mean dochod --total osoby --proportion zaufanie=tak --ratio dochod/osoby",
                     "--quantile dochod:0.5 --quantile zadowolenie:0.25 --by wiek")
  data <- "SYNTHETIC_mieszkancy.csv"
  record("fresh", data, paste(des_args, spec_args), d, spec)
  dwr <- svydesign(id = ~obwod, strata = ~dzielnica, weights = ~waga, data = fresh)
  record("fresh_with_replacement", data, paste("--weight waga --strata dzielnica --cluster obwod", spec_args), dwr, spec)
  tight <- list(maxit = 100, epsilon = 1e-12)
  r <- rake(d, list(~plec, ~wiek, ~dzielnica), list(m_sex, m_age, m_dist), control = tight)
  rk_spec <- spec; rk_spec$by <- "dzielnica"
  rk_args <- paste("--rake", a_sex, "--rake", a_age, "--rake", a_dist, "--max-iterations 100 --epsilon 1e-12")
  by_dist <- sub("--by wiek", "--by dzielnica", spec_args)
  record("fresh_rake", data, paste(des_args, rk_args, by_dist), r, rk_spec, keep_weights = TRUE)
  r <- rake(d, list(~plec, ~wiek, ~dzielnica), list(m_sex, m_age, m_dist), control = list(maxit = 100, epsilon = 1))
  record("fresh_rake_default_tolerance", data, paste(des_args, sub(" --max-iterations 100 --epsilon 1e-12", "", rk_args),
         spec_args), r, spec)
  record("fresh_rake_trim", data, paste(des_args, rk_args, "--trim 300,2500", spec_args),
         trimWeights(rake(d, list(~plec, ~wiek, ~dzielnica), list(m_sex, m_age, m_dist), control = tight),
                     lower = 300, upper = 2500), spec, keep_weights = TRUE)
  record("fresh_poststratify", data, paste(des_args, "--poststratify", a_age, spec_args),
         postStratify(d, ~wiek, m_age), spec)
  cal_args <- paste("--rake", a_sex, "--rake", a_age, "--rake", a_dist)
  record("fresh_calibrate_linear", data, paste(des_args, cal_args, "--calibrate linear", by_dist),
         calibrate(d, list(~plec, ~wiek, ~dzielnica), list(m_sex, m_age, m_dist), calfun = "linear"), rk_spec,
         keep_weights = TRUE)
  record("fresh_calibrate_raking_bounded", data, paste(des_args, cal_args, "--calibrate raking --bounds 0.25,4", by_dist),
         calibrate(d, list(~plec, ~wiek, ~dzielnica), list(m_sex, m_age, m_dist), calfun = "raking",
                   bounds = c(0.25, 4), epsilon = 1e-10), rk_spec, keep_weights = TRUE)
  record("fresh_wilson", data, paste(des_args, "--proportion zaufanie=tak --proportion plec=K --proportion-interval wilson --by plec"),
         d, list(props = list(c("zaufanie", "tak"), c("plec", "K")), by = "plec", wilson = TRUE))
  jk <- as.svrepdesign(d, type = "JKn")
  record("fresh_jkn", data, paste(des_args, "--replicates jkn", spec_args), jk, spec)
  record("fresh_jkn_rake", data, paste(des_args, "--replicates jkn", rk_args, by_dist),
         rake(jk, list(~plec, ~wiek, ~dzielnica), list(m_sex, m_age, m_dist), control = tight), rk_spec)
  boot <- as.svrepdesign(d, type = "bootstrap", replicates = 80)
  rw <- weights(boot, "analysis"); colnames(rw) <- paste0("bw", seq_len(ncol(rw)))
  write.csv2(cbind(fresh, rw), file.path(dir, "SYNTHETIC_mieszkancy_bootstrap.csv"), row.names = FALSE, na = "",
             fileEncoding = "windows-1250")
  bd <- svrepdesign(data = cbind(fresh, rw), repweights = "bw[0-9]+", weights = ~waga, type = "bootstrap",
                    scale = boot$scale, rscales = rep(1, 80), combined.weights = TRUE)
  b_args <- paste("--weight waga --replicate-weights bw --replicate-scale", sprintf("%.17g", boot$scale))
  record("fresh_bootstrap_rake", "SYNTHETIC_mieszkancy_bootstrap.csv", paste(b_args, rk_args, by_dist),
         rake(bd, list(~plec, ~wiek, ~dzielnica), list(m_sex, m_age, m_dist), control = tight), rk_spec)
  write_all(dir)
}
