package pl.miasto4.survey;

import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.estimate.ProportionInterval;
import pl.miasto4.survey.weight.Calibration;
import pl.miasto4.survey.weight.Margin;
import pl.miasto4.survey.weight.Raking;
import pl.miasto4.tabular.DecimalMark;
import pl.miasto4.tabular.NumberParser;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code miasto survey estimate} is asked: the design, replicate weights, weighting and
 * the estimates. The parse methods read the option syntax of the CLI contract and refuse bad
 * values with {@link Problem#BAD_ARGUMENT} naming the option.
 *
 * @param replicates            null, {@code jk1}, {@code jkn} or {@code bootstrap:N}
 * @param replicateWeights      columns holding supplied replicate weights (full weights), or empty
 * @param replicateScale        their variance constant (R's {@code scale}); NaN when none
 * @param postStratify          a margin to post-stratify to first, or null
 * @param margins               margins to rake (or, with {@code calibrate}, calibrate) to
 * @param knownTotals           population totals of numeric columns (calibration only)
 * @param calibrate             null for raking (iterative proportional fitting), else the distance
 * @param bounds                {low, high} bounds of the calibration factors, or null
 * @param trim                  {low, high} bounds of the final weights, or null
 * @param proportions           {column, level} pairs
 * @param ratios                {numerator, denominator} pairs
 * @param quantiles             column and probability
 * @param by                    the column whose levels are the domains, or null
 */
public record SurveyRequest(DesignSpec design, String replicates, long seed, List<String> replicateWeights,
                            double replicateScale, Margin postStratify, List<Margin> margins,
                            Map<String, Double> knownTotals, Calibration.Distance calibrate, double[] bounds,
                            double[] trim, Raking.Control control, List<String> means, List<String> totals,
                            List<String[]> proportions, List<String[]> ratios, List<Quantile> quantiles, String by,
                            ProportionInterval interval) {

    public record Quantile(String column, double p) {
    }

    /** {@code COL=LEVEL}. */
    public static String[] proportion(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--proportion", text, "COL=LEVEL");
        }
        return new String[]{text.substring(0, eq).strip(), text.substring(eq + 1).strip()};
    }

    /** {@code NUM/DEN}. */
    public static String[] ratio(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--ratio", text, "NUMERATOR/DENOMINATOR");
        }
        return new String[]{text.substring(0, slash).strip(), text.substring(slash + 1).strip()};
    }

    /** {@code COL:P} with 0 &lt; P &lt; 1. */
    public static Quantile quantile(String text) {
        int colon = text.lastIndexOf(':');
        double p = colon > 0 ? number(text.substring(colon + 1)) : Double.NaN;
        if (!(p > 0 && p < 1)) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--quantile", text, "COL:P with 0 < P < 1");
        }
        return new Quantile(text.substring(0, colon).strip(), p);
    }

    /** {@code LOW,HIGH}. */
    public static double[] pair(String option, String text) {
        String[] parts = text.split(",");
        double lo = parts.length == 2 ? number(parts[0]) : Double.NaN;
        double hi = parts.length == 2 ? number(parts[1]) : Double.NaN;
        if (Double.isNaN(lo) || Double.isNaN(hi) || !(lo < hi)) {
            throw new SurveyException(Problem.BAD_ARGUMENT, option, text, "LOW,HIGH with LOW < HIGH");
        }
        return new double[]{lo, hi};
    }

    /** {@code COL=TOTAL}. */
    public static Map.Entry<String, Double> knownTotal(String text) {
        int eq = text.indexOf('=');
        double v = eq > 0 ? number(text.substring(eq + 1)) : Double.NaN;
        if (Double.isNaN(v)) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--known-total", text, "COL=TOTAL");
        }
        return Map.entry(text.substring(0, eq).strip(), v);
    }

    /**
     * The replicate-weight columns of a header: the prefix followed by a number ({@code rw1},
     * {@code rw2}, …), in the file's order.
     */
    public static List<String> replicateColumns(String prefix, List<String> header) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(prefix) + "[0-9]+");
        List<String> out = header.stream().filter(h -> p.matcher(h).matches()).toList();
        if (out.size() < 2) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--replicate-weights", prefix,
                    "a prefix of at least two columns named PREFIX1, PREFIX2, …");
        }
        return out;
    }

    /** A number as typed on a command line: 1e-12, 0.5, 4 421. NaN when it is none. */
    public static double number(String text) {
        String t = text.strip();
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            NumberParser.Parsed p = NumberParser.parse(t, DecimalMark.DOT);
            return p.ok() ? p.value().doubleValue() : Double.NaN;
        }
    }
}
