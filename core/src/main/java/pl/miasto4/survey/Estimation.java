package pl.miasto4.survey;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import pl.miasto4.survey.design.Replicates;
import pl.miasto4.survey.estimate.Domain;
import pl.miasto4.survey.estimate.Estimate;
import pl.miasto4.survey.estimate.Estimator;
import pl.miasto4.survey.weight.Calibration;
import pl.miasto4.survey.weight.Margin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link SurveyRequest}: design → replicate weights → post-stratification → raking or
 * calibration → trimming → estimates (each statistic, each variable, the whole sample then each
 * domain). What the CLI calls; the steps are those of R's survey package in that order.
 */
public final class Estimation {
    /** The CSV header of the CLI contract. */
    public static final List<String> HEADER = List.of("statistic", "variable", "domain", "estimate", "se", "ci_low",
            "ci_high", "n", "deff");

    private Estimation() {
    }

    /** Columns to read as numbers. */
    public static Set<String> numericColumns(SurveyRequest r) {
        Set<String> s = new LinkedHashSet<>();
        add(s, r.design().weight());
        add(s, r.design().fpc());
        s.addAll(r.replicateWeights());
        s.addAll(r.knownTotals().keySet());
        s.addAll(r.means());
        s.addAll(r.totals());
        for (String[] ratio : r.ratios()) {
            s.add(ratio[0]);
            s.add(ratio[1]);
        }
        for (SurveyRequest.Quantile q : r.quantiles()) {
            s.add(q.column());
        }
        return s;
    }

    /** Columns to read as categories. */
    public static Set<String> categoricalColumns(SurveyRequest r) {
        Set<String> s = new LinkedHashSet<>();
        add(s, r.design().strata());
        add(s, r.design().cluster());
        add(s, r.by());
        if (r.postStratify() != null) {
            s.add(r.postStratify().variable());
        }
        for (Margin m : r.margins()) {
            s.add(m.variable());
        }
        for (String[] p : r.proportions()) {
            s.add(p[0]);
        }
        return s;
    }

    private static void add(Set<String> s, String column) {
        if (column != null) {
            s.add(column);
        }
    }

    /** The weighted design the request describes. */
    public static SurveyDesign design(SurveyData data, SurveyRequest r) {
        if (!r.knownTotals().isEmpty() && r.calibrate() == null) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--known-total", r.knownTotals().keySet().iterator().next(),
                    "--known-total with --calibrate linear|raking");
        }
        if (r.bounds() != null && r.calibrate() == null) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--bounds", r.bounds()[0] + "," + r.bounds()[1],
                    "--bounds with --calibrate linear|raking");
        }
        SurveyDesign d = SurveyDesign.of(data, r.design());
        if (r.replicates() != null && !r.replicateWeights().isEmpty()) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--replicates", r.replicates(),
                    "either --replicates or --replicate-weights");
        }
        if (r.replicates() != null) {
            String spec = r.replicates().strip().toLowerCase(java.util.Locale.ROOT);
            if (spec.equals("jk1")) {
                d = d.withReplicates(Replicates.Type.JK1, 0, r.seed());
            } else if (spec.equals("jkn")) {
                d = d.withReplicates(Replicates.Type.JKN, 0, r.seed());
            } else if (spec.startsWith("bootstrap:")) {
                int b;
                try {
                    b = Integer.parseInt(spec.substring("bootstrap:".length()).strip());
                } catch (NumberFormatException e) {
                    b = -1;
                }
                if (b < 2 || b > 100_000) {
                    throw new SurveyException(Problem.BAD_ARGUMENT, "--replicates", r.replicates(), "bootstrap:N with 2 ≤ N ≤ 100000");
                }
                d = d.withReplicates(Replicates.Type.BOOTSTRAP, b, r.seed());
            } else {
                throw new SurveyException(Problem.BAD_ARGUMENT, "--replicates", r.replicates(), "jk1, jkn or bootstrap:N");
            }
        }
        if (r.replicateWeights().isEmpty() && !Double.isNaN(r.replicateScale())) {
            throw new SurveyException(Problem.BAD_ARGUMENT, "--replicate-scale", String.valueOf(r.replicateScale()),
                    "--replicate-scale with --replicate-weights");
        }
        if (!r.replicateWeights().isEmpty()) {
            if (!(r.replicateScale() > 0)) {
                throw new SurveyException(Problem.BAD_ARGUMENT, "--replicate-scale", String.valueOf(r.replicateScale()),
                        "a number above 0");
            }
            d = d.withSuppliedReplicates(r.replicateWeights(), r.replicateScale());
        }
        if (r.postStratify() != null) {
            d = d.postStratify(r.postStratify());
        }
        if (r.calibrate() != null) {
            Calibration.Settings s = Calibration.Settings.of(r.calibrate());
            if (r.bounds() != null) {
                s = s.bounded(r.bounds()[0], r.bounds()[1]);
            }
            d = d.calibrate(r.margins(), r.knownTotals(), s);
        } else if (!r.margins().isEmpty()) {
            d = d.rake(r.margins(), r.control());
        }
        if (r.trim() != null) {
            d = d.trim(r.trim()[0], r.trim()[1], false);
        }
        return d;
    }

    /** Every estimate asked for, in the CLI's order. */
    public static List<Estimate> estimates(SurveyDesign d, SurveyRequest r) {
        List<Domain> domains = new ArrayList<>();
        domains.add(Domain.ALL);
        if (r.by() != null) {
            Factor f = d.data().factor(r.by());
            for (int code : f.sortedLevels()) {
                domains.add(Domain.of(r.by(), f, code));
            }
        }
        Estimator e = d.estimator();
        List<Estimate> out = new ArrayList<>();
        for (String v : r.means()) {
            for (Domain dom : domains) {
                out.add(e.mean(v, dom));
            }
        }
        for (String v : r.totals()) {
            for (Domain dom : domains) {
                out.add(e.total(v, dom));
            }
        }
        for (String[] p : r.proportions()) {
            for (Domain dom : domains) {
                out.add(e.proportion(p[0], p[1], dom, r.interval()));
            }
        }
        for (String[] ratio : r.ratios()) {
            for (Domain dom : domains) {
                out.add(e.ratio(ratio[0], ratio[1], dom));
            }
        }
        for (SurveyRequest.Quantile q : r.quantiles()) {
            for (Domain dom : domains) {
                out.add(e.quantile(q.column(), q.p(), dom));
            }
        }
        return out;
    }

    /** The estimates as the CLI prints them: CSV with {@link #HEADER}, numbers in full, missing ones empty. */
    public static void writeCsv(List<Estimate> estimates, Appendable out) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            p.printRecord(pl.miasto4.tabular.SafeCells.row(HEADER));
            for (Estimate e : estimates) {
                p.printRecord(pl.miasto4.tabular.SafeCells.row(e.statistic().label(), e.variable(), e.domain(), number(e.estimate()), number(e.se()),
                        number(e.ciLow()), number(e.ciHigh()), e.n(), number(e.deff())));
            }
            p.flush(); // not closed: the caller owns the stream
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Shortest text that reads back as the same double, without an exponent; empty for NaN. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        String s = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
