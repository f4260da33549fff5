package pl.miasto4.survey.weight;

import pl.miasto4.survey.Factor;
import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyData;
import pl.miasto4.survey.SurveyException;
import pl.miasto4.tabular.DecimalMark;
import pl.miasto4.tabular.NumberParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A population margin: how many people of the population have each level of one variable
 * (e.g. age band → residents from GUS). Written {@code COL=LEVEL:COUNT,LEVEL:COUNT}.
 */
public record Margin(String variable, Map<String, Double> counts) {

    public Margin {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** Reads {@code COL=LEVEL:COUNT,LEVEL:COUNT,…}; counts may group thousands ("4 421"). */
    public static Margin parse(String option, String text) {
        String expected = "COL=LEVEL:COUNT,LEVEL:COUNT,…";
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new SurveyException(Problem.BAD_ARGUMENT, option, text, expected);
        }
        String variable = text.substring(0, eq).strip();
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String item : text.substring(eq + 1).split(",")) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0) {
                throw new SurveyException(Problem.BAD_ARGUMENT, option, text, expected);
            }
            String level = item.substring(0, colon).strip();
            NumberParser.Parsed count = NumberParser.parse(item.substring(colon + 1), DecimalMark.DOT);
            if (!count.ok()) {
                throw new SurveyException(Problem.MARGIN_BAD_COUNT, variable, level, item.substring(colon + 1).strip());
            }
            if (counts.put(level, count.value().doubleValue()) != null) {
                throw new SurveyException(Problem.MARGIN_DUPLICATE_LEVEL, variable, level);
            }
        }
        return new Margin(variable, counts);
    }

    public double total() {
        double t = 0;
        for (double c : counts.values()) {
            t += c;
        }
        return t;
    }

    /**
     * The margin laid over the respondents, refused as R's {@code postStratify} refuses it: every
     * respondent needs a value and a level the margin lists with people in it; a level with people
     * but no respondent is an empty cell. Levels with no people and no respondents are dropped.
     */
    public Cells cells(SurveyData data) {
        Factor f = data.factor(variable);
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                throw new SurveyException(Problem.MARGIN_BAD_COUNT, variable, e.getKey(), e.getValue());
            }
        }
        int levels = f.levels().size();
        int[] cellOfLevel = new int[levels];
        java.util.Arrays.fill(cellOfLevel, -1);
        List<String> labels = new ArrayList<>();
        List<Double> population = new ArrayList<>();
        boolean[] present = new boolean[levels];
        int[] firstRow = new int[levels];
        for (int i = f.size() - 1; i >= 0; i--) {
            int c = f.code(i);
            if (c >= 0) {
                present[c] = true;
                firstRow[c] = i;
            }
        }
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            int code = f.find(e.getKey());
            if (code < 0 || !present[code]) {
                if (e.getValue() > 0) {
                    throw new SurveyException(Problem.MARGIN_EMPTY_CELL, variable, e.getKey());
                }
                continue;
            }
            if (e.getValue() == 0) {
                throw new SurveyException(Problem.MARGIN_ZERO_POPULATION, variable, e.getKey(), data.line(firstRow[code]));
            }
            if (cellOfLevel[code] >= 0) {
                throw new SurveyException(Problem.MARGIN_DUPLICATE_LEVEL, variable, e.getKey());
            }
            cellOfLevel[code] = labels.size();
            labels.add(e.getKey());
            population.add(e.getValue());
        }
        int[] cell = new int[f.size()];
        for (int i = 0; i < cell.length; i++) {
            int c = f.code(i);
            if (c < 0) {
                throw new SurveyException(Problem.MISSING_VALUE, data.line(i), variable);
            }
            if (cellOfLevel[c] < 0) {
                throw new SurveyException(Problem.MARGIN_LEVEL_MISSING, variable, f.level(c), data.line(i));
            }
            cell[i] = cellOfLevel[c];
        }
        return new Cells(variable, cell, labels, population.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Margins must describe one population: their totals agree to 1e-9 relative. */
    public static void checkTotals(List<Margin> margins) {
        for (int k = 1; k < margins.size(); k++) {
            double a = margins.get(0).total();
            double b = margins.get(k).total();
            if (Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b))) {
                throw new SurveyException(Problem.MARGIN_TOTALS_DIFFER, margins.get(0).variable(), a,
                        margins.get(k).variable(), b);
            }
        }
    }

    /** A margin's cells: the cell of each respondent, the labels and the population of each cell. */
    public record Cells(String variable, int[] cell, List<String> labels, double[] population) {
        public int size() {
            return labels.size();
        }

        /** Weighted count of each cell. */
        public double[] sums(double[] weights) {
            double[] s = new double[labels.size()];
            for (int i = 0; i < cell.length; i++) {
                s[cell[i]] += weights[i];
            }
            return s;
        }

        /** Respondents in each cell. */
        public int[] counts() {
            int[] c = new int[labels.size()];
            for (int k : cell) {
                c[k]++;
            }
            return c;
        }
    }
}
