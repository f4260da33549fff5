package pl.miasto4.bench;

import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyDesign;
import pl.miasto4.survey.design.DesignSpec;
import pl.miasto4.survey.estimate.Domain;
import pl.miasto4.survey.estimate.Estimate;
import pl.miasto4.survey.estimate.Estimator;
import pl.miasto4.survey.io.SurveyFile;
import pl.miasto4.survey.weight.Margin;
import pl.miasto4.survey.weight.Raking;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark of issue 15: rake 1,000,000 respondents to 3 margins of 20 levels, then 10 means
 * with linearised SEs (goal < 2 s), and R's {@code rake} + {@code svymean} on the same file in the
 * same run (goal ≥ 20× faster), and how far apart the two sets of results are. The respondents are
 * SYNTHETIC (seeded). Run as {@code ./miasto bench survey} ({@link SurveyBenchCommand}).
 */
public final class SurveyBenchmark {
    static final int MARGINS = 3;
    static final int LEVELS = 20;
    static final int VARIABLES = 10;

    private SurveyBenchmark() {
    }

    /** Writes the SYNTHETIC respondents and their population margins; returns the margins. */
    static List<Margin> write(Path file, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        // population shares of each margin's levels, different from the sample's so raking has work to do
        double population = 10_000_000;
        List<Margin> margins = new ArrayList<>();
        double[][] sampleShare = new double[MARGINS][LEVELS];
        for (int m = 0; m < MARGINS; m++) {
            double[] pop = new double[LEVELS];
            double s = 0;
            double t = 0;
            for (int l = 0; l < LEVELS; l++) {
                pop[l] = 0.5 + random.nextDouble();
                sampleShare[m][l] = 0.5 + random.nextDouble();
                s += pop[l];
                t += sampleShare[m][l];
            }
            Map<String, Double> counts = new LinkedHashMap<>();
            long assigned = 0;
            for (int l = 0; l < LEVELS; l++) {
                long c = l == LEVELS - 1 ? (long) population - assigned : Math.round(population * pop[l] / s);
                assigned += c;
                counts.put(level(l), (double) c);
                sampleShare[m][l] /= t;
            }
            margins.add(new Margin("m" + (m + 1), counts));
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder("w");
            for (int m = 1; m <= MARGINS; m++) {
                h.append(",m").append(m);
            }
            for (int v = 1; v <= VARIABLES; v++) {
                h.append(",y").append(v);
            }
            w.write(h.append('\n').toString());
            int[] levels = new int[MARGINS];
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                double weight = 5 + 10 * random.nextDouble();
                line.append(fmt(weight));
                for (int m = 0; m < MARGINS; m++) {
                    levels[m] = draw(sampleShare[m], random);
                    line.append(',').append(level(levels[m]));
                }
                for (int v = 0; v < VARIABLES; v++) {
                    double y = 50 + 3 * levels[v % MARGINS] - 2 * levels[(v + 1) % MARGINS] + 10 * random.nextGaussian();
                    line.append(',').append(fmt(y));
                }
                w.write(line.append('\n').toString());
            }
        }
        return margins;
    }

    static String level(int l) {
        return (l < 9 ? "L0" : "L") + (l + 1);
    }

    /** x with four decimals, without String.format (a million rows). */
    static String fmt(double x) {
        long scaled = Math.round(Math.abs(x) * 10_000);
        String frac = Long.toString(10_000 + scaled % 10_000).substring(1);
        return (x < 0 && scaled != 0 ? "-" : "") + (scaled / 10_000) + "." + frac;
    }

    static int draw(double[] shares, SplittableRandom random) {
        double u = random.nextDouble();
        for (int l = 0; l < shares.length; l++) {
            u -= shares[l];
            if (u < 0) {
                return l;
            }
        }
        return shares.length - 1;
    }

    record Result(double seconds, List<Estimate> means, int iterations) {
    }

    static Result estimate(SurveyData data, List<Margin> margins) {
        long t0 = System.nanoTime();
        SurveyDesign raked = SurveyDesign.of(data, new DesignSpec("w", null, null, null))
                .rake(margins, Raking.Control.defaults());
        Estimator e = raked.estimator();
        List<Estimate> means = new ArrayList<>();
        for (int v = 1; v <= VARIABLES; v++) {
            means.add(e.mean("y" + v, Domain.ALL));
        }
        return new Result((System.nanoTime() - t0) / 1e9, means, raked.steps().get(1).iterations());
    }

    static void run(int n, int runs, boolean withR, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("survey-bench");
        Path file = dir.resolve("SYNTHETIC_respondents.csv");
        long t0 = System.nanoTime();
        List<Margin> margins = write(file, n, 15);
        out.printf(Locale.ROOT, "SYNTHETIC survey: %,d respondents, %d margins of %d levels, %d numeric variables (%s, %.0f MB, written in %.1f s)%n",
                n, MARGINS, LEVELS, VARIABLES, file, Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
        List<String> numeric = new ArrayList<>(List.of("w"));
        List<String> categorical = new ArrayList<>();
        for (int m = 1; m <= MARGINS; m++) {
            categorical.add("m" + m);
        }
        for (int v = 1; v <= VARIABLES; v++) {
            numeric.add("y" + v);
        }
        t0 = System.nanoTime();
        SurveyData data = SurveyFile.read(file, file.getFileName().toString(), new LinkedHashSet<>(numeric),
                new LinkedHashSet<>(categorical));
        double read = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "Java: read the file %.2f s%n", read);
        estimate(data, margins); // warm-up
        double[] times = new double[runs];
        Result last = null;
        for (int r = 0; r < runs; r++) {
            last = estimate(data, margins);
            times[r] = last.seconds();
        }
        Arrays.sort(times);
        double median = times[runs / 2];
        out.printf(Locale.ROOT, "Java: rake (%d iterations) + %d means with linearised SEs: median %.3f s of %d runs (best %.3f, worst %.3f) — goal < 2 s: %s%n",
                last.iterations(), VARIABLES, median, runs, times[0], times[runs - 1], median < 2 ? "met" : "NOT met");
        if (!withR) {
            return;
        }
        RResult r = runR(file, margins, dir, out);
        if (r == null) {
            return;
        }
        double worst = 0;
        for (int v = 0; v < VARIABLES; v++) {
            Estimate e = last.means().get(v);
            worst = Math.max(worst, Math.abs(e.estimate() - r.means[v]) / Math.abs(r.means[v]));
            worst = Math.max(worst, Math.abs(e.se() - r.ses[v]) / Math.abs(r.ses[v]));
        }
        out.printf(Locale.ROOT, "R %s, survey %s: read %.2f s; rake + svymean %.2f s%n", r.rVersion, r.surveyVersion, r.read, r.compute);
        out.printf(Locale.ROOT, "Ratio R / Java (rake + means, same file, same run): %.1f× — goal ≥ 20×: %s%n",
                r.compute / median, r.compute / median >= 20 ? "met" : "NOT met");
        out.printf(Locale.ROOT, "Agreement with R on the 10 means and SEs: largest relative difference %.1e%n", worst);
    }

    record RResult(String rVersion, String surveyVersion, double read, double compute, double[] means, double[] ses) {
    }

    /** R's rake + svymean on the same file with the same stopping rule; null when R is not installed. */
    static RResult runR(Path file, List<Margin> margins, Path dir, PrintStream out) throws Exception {
        StringBuilder s = new StringBuilder();
        s.append("suppressMessages(library(survey))\n");
        s.append("t0 <- proc.time()[['elapsed']]\n");
        s.append("d <- read.csv('").append(file.toAbsolutePath()).append("', colClasses = c('numeric', rep('character', ")
                .append(MARGINS).append("), rep('numeric', ").append(VARIABLES).append(")))\n");
        s.append("t1 <- proc.time()[['elapsed']]\n");
        List<String> sample = new ArrayList<>();
        List<String> pops = new ArrayList<>();
        for (Margin m : margins) {
            sample.add("~" + m.variable());
            StringBuilder levels = new StringBuilder();
            StringBuilder counts = new StringBuilder();
            m.counts().forEach((k, v) -> {
                levels.append(levels.length() == 0 ? "" : ",").append('"').append(k).append('"');
                counts.append(counts.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.0f", v));
            });
            pops.add("data.frame(" + m.variable() + " = c(" + levels + "), Freq = c(" + counts + "))");
        }
        StringBuilder ys = new StringBuilder();
        for (int v = 1; v <= VARIABLES; v++) {
            ys.append(v == 1 ? "" : "+").append("y").append(v);
        }
        s.append("des <- svydesign(ids = ~1, weights = ~w, data = d)\n");
        s.append("r <- rake(des, list(").append(String.join(", ", sample)).append("), list(")
                .append(String.join(", ", pops)).append("), control = list(maxit = 100, epsilon = 1))\n");
        s.append("m <- svymean(~").append(ys).append(", r)\n");
        s.append("t2 <- proc.time()[['elapsed']]\n");
        s.append("cat(R.version.string, '\\n', sep = '')\n");
        s.append("cat('survey ', as.character(packageVersion('survey')), '\\n', sep = '')\n");
        s.append("cat('times', t1 - t0, t2 - t1, '\\n')\n");
        s.append("cat('means', sprintf('%.17g', coef(m)), '\\n')\n");
        s.append("cat('ses', sprintf('%.17g', SE(m)), '\\n')\n");
        Path script = dir.resolve("bench.R");
        Files.writeString(script, s.toString());
        Process p;
        try {
            p = new ProcessBuilder("Rscript", script.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            out.println("R: not installed here (Rscript not found), no ratio");
            return null;
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            out.println("R failed:\n" + text);
            return null;
        }
        String rv = null;
        String sv = null;
        double[] times = null;
        double[] means = null;
        double[] ses = null;
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (line.startsWith("R version")) {
                rv = line.trim();
            } else if (f[0].equals("survey")) {
                sv = f[1];
            } else if (f[0].equals("times")) {
                times = new double[]{Double.parseDouble(f[1]), Double.parseDouble(f[2])};
            } else if (f[0].equals("means")) {
                means = Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray();
            } else if (f[0].equals("ses")) {
                ses = Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray();
            }
        }
        return new RResult(rv, sv, times[0], times[1], means, ses);
    }
}
