package pl.miasto4.survey;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.estimate.Estimate;
import pl.miasto4.survey.estimate.ProportionInterval;
import pl.miasto4.survey.io.SurveyFile;
import pl.miasto4.survey.weight.Calibration;
import pl.miasto4.survey.weight.Margin;
import pl.miasto4.survey.weight.Raking;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The cases written by tools/reference/survey_reference.R: each is a data file, the arguments of
 * {@code miasto survey estimate} and R's results. Compares with the tolerances of issue 15:
 * 1e-6 relative on estimates, 1e-4 relative on standard errors (and on interval ends, relative to
 * the interval's half width; 2e-4 on design effects, which are ratios of variances).
 */
public final class ReferenceCases {
    public record Case(String name, String data, String args) {
    }

    public record Row(String statistic, String variable, String domain, double estimate, double se, double ciLow,
                      double ciHigh, int n, double deff) {
        String key() {
            return statistic + " " + variable + " " + domain;
        }
    }

    private ReferenceCases() {
    }

    public static List<Case> cases(Path dir) throws IOException {
        List<Case> out = new ArrayList<>();
        for (CSVRecord r : records(dir.resolve("cases.csv"))) {
            out.add(new Case(r.get("case"), r.get("data"), r.get("args")));
        }
        return out;
    }

    public static Map<String, List<Row>> expected(Path dir) throws IOException {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (CSVRecord r : records(dir.resolve("expected.csv"))) {
            out.computeIfAbsent(r.get("case"), k -> new ArrayList<>()).add(new Row(r.get("statistic"),
                    r.get("variable"), r.get("domain"), num(r.get("estimate")), num(r.get("se")), num(r.get("ci_low")),
                    num(r.get("ci_high")), Integer.parseInt(r.get("n")), num(r.get("deff"))));
        }
        return out;
    }

    /** Final weights per case (row order of the data file). */
    public static Map<String, double[]> weights(Path dir) throws IOException {
        Map<String, List<Double>> w = new LinkedHashMap<>();
        Path f = dir.resolve("weights.csv");
        if (!Files.exists(f)) {
            return Map.of();
        }
        for (CSVRecord r : records(f)) {
            w.computeIfAbsent(r.get("case"), k -> new ArrayList<>()).add(num(r.get("weight")));
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        w.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /**
     * The arguments of a case: separated by spaces; a space inside a value (a district's name) is
     * written '_' by the R script.
     */
    public static String[] arguments(String args) {
        String[] t = args.trim().split("\\s+");
        for (int i = 0; i < t.length; i++) {
            t[i] = t[i].replace('_', ' ');
        }
        return t;
    }

    /** The request the arguments describe (the same options as the CLI; test-side reading of them). */
    public static SurveyRequest request(String args, List<String> header) {
        String[] t = arguments(args);
        String weight = null;
        String strata = null;
        String cluster = null;
        String fpc = null;
        String replicates = null;
        List<String> repCols = List.of();
        double repScale = Double.NaN;
        Margin post = null;
        List<Margin> margins = new ArrayList<>();
        Map<String, Double> known = new LinkedHashMap<>();
        Calibration.Distance calibrate = null;
        double[] bounds = null;
        double[] trim = null;
        int maxit = Raking.Control.defaults().maxIterations();
        double eps = Raking.Control.defaults().epsilon();
        List<String> means = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        List<String[]> props = new ArrayList<>();
        List<String[]> ratios = new ArrayList<>();
        List<SurveyRequest.Quantile> quantiles = new ArrayList<>();
        String by = null;
        ProportionInterval interval = ProportionInterval.LOGIT;
        for (int i = 0; i < t.length; i += 2) {
            String v = t[i + 1];
            switch (t[i]) {
                case "--weight" -> weight = v;
                case "--strata" -> strata = v;
                case "--cluster" -> cluster = v;
                case "--fpc" -> fpc = v;
                case "--replicates" -> replicates = v;
                case "--replicate-weights" -> repCols = SurveyRequest.replicateColumns(v, header);
                case "--replicate-scale" -> repScale = Double.parseDouble(v);
                case "--poststratify" -> post = Margin.parse("--poststratify", v);
                case "--rake" -> margins.add(Margin.parse("--rake", v));
                case "--known-total" -> {
                    Map.Entry<String, Double> e = SurveyRequest.knownTotal(v);
                    known.put(e.getKey(), e.getValue());
                }
                case "--calibrate" -> calibrate = Calibration.Distance.valueOf(v.toUpperCase(Locale.ROOT));
                case "--bounds" -> bounds = SurveyRequest.pair("--bounds", v);
                case "--trim" -> trim = SurveyRequest.pair("--trim", v);
                case "--max-iterations" -> maxit = Integer.parseInt(v);
                case "--epsilon" -> eps = Double.parseDouble(v);
                case "--mean" -> means.add(v);
                case "--total" -> totals.add(v);
                case "--proportion" -> props.add(SurveyRequest.proportion(v));
                case "--ratio" -> ratios.add(SurveyRequest.ratio(v));
                case "--quantile" -> quantiles.add(SurveyRequest.quantile(v));
                case "--by" -> by = v;
                case "--proportion-interval" -> interval = ProportionInterval.valueOf(v.toUpperCase(Locale.ROOT));
                default -> fail("unknown option " + t[i]);
            }
        }
        return new SurveyRequest(new DesignSpec(weight, strata, cluster, fpc), replicates, 1, repCols, repScale, post,
                margins, known, calibrate, bounds, trim, new Raking.Control(maxit, eps), means, totals, props, ratios,
                quantiles, by, interval);
    }

    /** Reads the case's data and runs the request. */
    public static SurveyDesign design(Path dir, Case c) {
        Path file = dir.resolve(c.data());
        List<String> header = SurveyFile.header(file, c.data());
        SurveyRequest r = request(c.args(), header);
        SurveyData data = SurveyFile.read(file, c.data(), Estimation.numericColumns(r), Estimation.categoricalColumns(r));
        return Estimation.design(data, r);
    }

    public static List<Estimate> estimates(Path dir, Case c) {
        Path file = dir.resolve(c.data());
        List<String> header = SurveyFile.header(file, c.data());
        SurveyRequest r = request(c.args(), header);
        SurveyData data = SurveyFile.read(file, c.data(), Estimation.numericColumns(r), Estimation.categoricalColumns(r));
        return Estimation.estimates(Estimation.design(data, r), r);
    }

    /** Largest relative differences seen, per quantity, across everything compared. */
    public static final class Agreement {
        double estimate;
        double se;
        double ci;
        double deff;
        int rows;

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d rows: estimates %.1e, SEs %.1e, interval ends %.1e (of half width), deff %.1e",
                    rows, estimate, se, ci, deff);
        }
    }

    /** Asserts that every row of R's results is matched and agrees; records the largest differences. */
    public static void compare(String caseName, List<Row> expected, List<Estimate> actual, Agreement agreement) {
        Map<String, Estimate> byKey = new LinkedHashMap<>();
        for (Estimate e : actual) {
            byKey.put(e.statistic().label() + " " + e.variable() + " " + e.domain(), e);
        }
        assertThat(byKey.keySet()).as(caseName + ": the rows").containsExactlyInAnyOrderElementsOf(
                expected.stream().map(Row::key).toList());
        for (Row r : expected) {
            Estimate e = byKey.get(r.key());
            String where = caseName + ": " + r.key();
            assertThat(e.n()).as(where + " n").isEqualTo(r.n());
            agreement.rows++;
            agreement.estimate = Math.max(agreement.estimate, check(where + " estimate", r.estimate(), e.estimate(), 1e-6, 0));
            // an SE that is zero up to rounding (a share fixed by raking) is compared on the estimate's scale
            double seScale = Math.abs(r.se()) < 1e-12 * Math.max(1, Math.abs(r.estimate())) ? 1e8 * Math.max(1, Math.abs(r.estimate())) : 0;
            agreement.se = Math.max(agreement.se, check(where + " se", r.se(), e.se(), 1e-4, seScale));
            // an interval of zero width up to rounding is compared to 1e-12 of its ends
            double half = Math.max(Math.abs(r.ciHigh() - r.ciLow()) / 2, 1e-8 * Math.abs(r.estimate()));
            agreement.ci = Math.max(agreement.ci, check(where + " ci_low", r.ciLow(), e.ciLow(), 1e-4, half));
            agreement.ci = Math.max(agreement.ci, check(where + " ci_high", r.ciHigh(), e.ciHigh(), 1e-4, half));
            if (!Double.isNaN(r.deff())) {
                double deffScale = Math.abs(r.deff()) < 1e-12 ? 1e-8 : 0; // zero variance: zero up to rounding
                agreement.deff = Math.max(agreement.deff, check(where + " deff", r.deff(), e.deff(), 2e-4, deffScale));
            }
        }
    }

    /**
     * |actual − expected| ≤ tolerance · scale, the scale |expected| (or {@code scale} when given);
     * both missing passes. Returns the relative difference.
     */
    static double check(String what, double expected, double actual, double tolerance, double scale) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what + " (R has none)").isNaN();
            return 0;
        }
        double s = scale > 0 ? scale : Math.abs(expected);
        double diff = Math.abs(actual - expected);
        double rel = s == 0 ? diff : diff / s;
        if (!(rel <= tolerance) && !(diff <= 1e-12 && s == 0)) {
            fail(String.format(Locale.ROOT, "%s: R %.17g, engine %.17g (relative difference %.2e > %.0e)",
                    what, expected, actual, rel, tolerance));
        }
        return s == 0 ? 0 : rel;
    }
}
