package pl.miasto4.survey.design;

/**
 * Which columns describe how the sample was drawn, as in R's {@code svydesign(ids, strata,
 * weights, fpc, nest = TRUE)}: each may be null (no weights = 1; no strata = one stratum; no
 * cluster = every respondent is a primary sampling unit; no fpc = with-replacement variance).
 * {@code fpc} holds the stratum's population size (number of PSUs), or the sampling fraction when
 * every value is below 1.
 */
public record DesignSpec(String weight, String strata, String cluster, String fpc) {
    public static DesignSpec simple() {
        return new DesignSpec(null, null, null, null);
    }
}
