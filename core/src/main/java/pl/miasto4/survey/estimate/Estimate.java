package pl.miasto4.survey.estimate;

/**
 * One estimate with its uncertainty: standard error, 95 % confidence interval, the respondents it
 * rests on and the design effect (NaN where there is none, e.g. for quantiles; every number NaN
 * and n = 0 when no respondent of the domain answered — no data, not an estimate).
 *
 * @param variable the column; {@code COL=LEVEL} for a proportion, {@code NUM/DEN} for a ratio,
 *                 {@code COL:P} for a quantile
 * @param domain   {@code all} or {@code COL=LEVEL}
 */
public record Estimate(Statistic statistic, String variable, String domain, double estimate, double se,
                       double ciLow, double ciHigh, int n, double deff) {

    static Estimate noData(Statistic statistic, String variable, String domain) {
        return new Estimate(statistic, variable, domain, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);
    }
}
