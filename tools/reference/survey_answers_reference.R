# Reference for app's SurveyAnswersStoreTest (issue 15, questionnaires and the survey page).
# Writes SYNTHETIC answers to the city-office satisfaction template (seeded; weights, three districts
# of Kraków, a few missing answers) and R survey's weighted estimates the page must show: the mean
# rating and the share rating 4-5 of 'overall', by district; the share answering 'online' to
# 'channel' (svyciprop, logit); the mean of 'visits'; Kish's effective sample size.
#   Rscript tools/reference/survey_answers_reference.R
suppressMessages(library(survey))
out <- "app/src/test/resources/survey/answers"
set.seed(15001)
n <- 180
district <- sample(c("1261011-05", "1261011-06", "1261011-07"), n, replace = TRUE, prob = c(0.5, 0.35, 0.15))
waga <- round(runif(n, 0.5, 2.5), 3)
channel <- sample(c("office", "online", "phone", "post"), n, replace = TRUE, prob = c(0.5, 0.3, 0.15, 0.05))
overall <- sample(1:5, n, replace = TRUE, prob = c(0.05, 0.1, 0.2, 0.4, 0.25))
waiting <- sample(c(1:5, NA), n, replace = TRUE, prob = c(0.1, 0.2, 0.3, 0.25, 0.1, 0.05))
improve <- sapply(seq_len(n), function(i) paste(sample(c("hours", "waiting", "eservices", "information"), sample(0:2, 1)), collapse = "|"))
visits <- ifelse(runif(n) < 0.1, NA, rpois(n, 3))
comment <- ifelse(runif(n) < 0.2, "Proszę o dłuższe godziny, także w soboty", "")
d <- data.frame(respondent = 1000 + seq_len(n), dzielnica = district, waga, channel, overall, waiting_time = waiting,
                improve, visits, comment)
write.csv(d, file.path(out, "SYNTHETIC_answers.csv"), row.names = FALSE, na = "", fileEncoding = "UTF-8")

des <- svydesign(ids = ~1, weights = ~waga, data = transform(d, top2 = as.numeric(overall >= 4),
                                                            online = as.numeric(channel == "online")))
rows <- NULL
add <- function(stat, domain, est, se, lo, hi, n) {
  rows <<- rbind(rows, data.frame(statistic = stat, domain = domain, estimate = as.numeric(est), se = as.numeric(se), ci_low = as.numeric(lo), ci_high = as.numeric(hi), n = as.numeric(n), row.names = NULL))
}
for (dom in c("all", sort(unique(district)))) {
  s <- if (dom == "all") des else subset(des, dzielnica == dom)
  m <- svymean(~overall, s); ci <- confint(m)
  add("overall_mean", dom, coef(m), SE(m), ci[1], ci[2], nrow(s))
  m <- svymean(~top2, s); ci <- confint(svyciprop(~top2, s, method = "logit"))
  add("overall_top2", dom, coef(m), SE(m), ci[1], ci[2], nrow(s))
  m <- svymean(~online, s); ci <- confint(svyciprop(~online, s, method = "logit"))
  add("channel_online", dom, coef(m), SE(m), ci[1], ci[2], nrow(s))
  m <- svymean(~visits, s, na.rm = TRUE); ci <- confint(m)
  add("visits_mean", dom, coef(m), SE(m), ci[1], ci[2], sum(!is.na(s$variables$visits)))
}
w <- d$waga
add("kish", "all", sum(w)^2 / sum(w^2), NA, NA, NA, n)
write.csv(rows, file.path(out, "r_expected.csv"), row.names = FALSE)
print(rows, digits = 12)
