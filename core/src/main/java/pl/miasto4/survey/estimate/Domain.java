package pl.miasto4.survey.estimate;

import pl.miasto4.survey.Factor;

/**
 * A subpopulation: the respondents with one level of a categorical column, or everyone. Estimates
 * for a domain keep the whole design (the other respondents count with weight zero), which is
 * what R's {@code svyby} and {@code subset} do and what design-based domain estimation requires
 * (Lumley 2010 §2.2.1; Särndal, Swensson and Wretman 1992 §10.3).
 */
public record Domain(String variable, Factor factor, int code) {
    public static final Domain ALL = new Domain(null, null, -1);

    public static Domain of(String variable, Factor factor, int code) {
        return new Domain(variable, factor, code);
    }

    public boolean contains(int row) {
        return factor == null || factor.code(row) == code;
    }

    public String label() {
        return factor == null ? "all" : variable + "=" + factor.level(code);
    }
}
