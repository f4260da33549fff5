# Reference for app's SurveyPublishStoreTest (issue 15, survey results stored as indicators).
# Writes a SYNTHETIC customer-satisfaction survey of Kraków (seeded) and R survey's estimates of the
# share satisfied, raked to a SYNTHETIC population by age band x sex (the numbers the test puts in the
# store), for the whole city and per district: estimate and SE from svymean (svyciprop's logit
# estimate comes from svyglm's iterations, exact only to ~1e-8), the logit interval from svyciprop.
#   Rscript tools/reference/survey_publish_reference.R
suppressMessages(library(survey))
out <- "app/src/test/resources/survey/publish"
set.seed(20241208)
n <- 230
district <- sample(c("1261011-01", "1261011-02", "1261011-03", "1261011-04"), n, replace = TRUE,
                   prob = c(0.40, 0.30, 0.22, 0.08))
age_band <- sample(c("18_34", "35_64", "65_plus"), n, replace = TRUE, prob = c(0.45, 0.40, 0.15))
sex <- sample(c("female", "male"), n, replace = TRUE, prob = c(0.6, 0.4))
p <- plogis(0.3 + 0.5 * (age_band == "65_plus") - 0.4 * (sex == "male") + 0.3 * (district == "1261011-02"))
satisfied <- ifelse(runif(n) < p, "tak", "nie")
d <- data.frame(respondent = seq_len(n), district, age_band, sex, satisfied)
write.csv(d, file.path(out, "SYNTHETIC_satisfaction.csv"), row.names = FALSE, quote = FALSE)

# SYNTHETIC population (persons) by age band x sex, as the test stores it
pop_age <- data.frame(age_band = c("18_34", "35_64", "65_plus"), Freq = c(60000 + 58000, 120000 + 110000, 70000 + 45000))
pop_sex <- data.frame(sex = c("female", "male"), Freq = c(60000 + 120000 + 70000, 58000 + 110000 + 45000))
des <- svydesign(ids = ~1, data = d)
r <- rake(des, list(~age_band, ~sex), list(pop_age, pop_sex), control = list(maxit = 100, epsilon = 1))
d$yes <- as.numeric(d$satisfied == "tak")
r <- update(r, yes = as.numeric(satisfied == "tak"))
all <- svyciprop(~yes, r, method = "logit")
m <- svymean(~yes, r)
rows <- data.frame(domain = "all", estimate = as.numeric(coef(m)), se = as.numeric(SE(m)),
                   ci_low = confint(all)[1], ci_high = confint(all)[2], n = n)
for (lv in sort(unique(district))) {
  s <- subset(r, district == lv)
  e <- svyciprop(~yes, s, method = "logit")
  m <- svymean(~yes, s)
  rows <- rbind(rows, data.frame(domain = lv, estimate = as.numeric(coef(m)), se = as.numeric(SE(m)),
                                 ci_low = confint(e)[1], ci_high = confint(e)[2], n = sum(district == lv)))
}
write.csv(rows, file.path(out, "r_expected.csv"), row.names = FALSE)
print(rows, digits = 15)
