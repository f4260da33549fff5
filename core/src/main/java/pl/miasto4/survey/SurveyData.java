package pl.miasto4.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Respondents × columns, immutable. A column is numeric ({@code double[]}, NaN = no answer) or
 * categorical ({@link Factor}); a column may be both (a district code used as a domain and as a
 * number). {@link #line(int)} is where a respondent stands in the source file, for messages.
 */
public final class SurveyData {
    private final int rows;
    private final Map<String, double[]> numbers;
    private final Map<String, Factor> factors;
    private final List<String> header;
    private final int[] lines;

    private SurveyData(int rows, Map<String, double[]> numbers, Map<String, Factor> factors, List<String> header,
                       int[] lines) {
        this.rows = rows;
        this.numbers = numbers;
        this.factors = factors;
        this.header = List.copyOf(header);
        this.lines = lines;
    }

    public static Builder builder(int rows) {
        return new Builder(rows);
    }

    public int rows() {
        return rows;
    }

    /** The line of the file that holds the respondent (row 0 is line 2 when the data come from code). */
    public int line(int row) {
        return lines == null ? row + 2 : lines[row];
    }

    /** All column names of the source, for messages. */
    public List<String> header() {
        return header;
    }

    public boolean hasNumbers(String column) {
        return numbers.containsKey(column);
    }

    public boolean hasFactor(String column) {
        return factors.containsKey(column);
    }

    /** The values of a numeric column (not a copy: callers must not change them). */
    public double[] numbers(String column) {
        double[] v = numbers.get(column);
        if (v == null) {
            throw new SurveyException(Problem.NO_SUCH_COLUMN, column, String.join(", ", header));
        }
        return v;
    }

    public Factor factor(String column) {
        Factor f = factors.get(column);
        if (f == null) {
            throw new SurveyException(Problem.NO_SUCH_COLUMN, column, String.join(", ", header));
        }
        return f;
    }

    public static final class Builder {
        private final int rows;
        private final Map<String, double[]> numbers = new LinkedHashMap<>();
        private final Map<String, Factor> factors = new LinkedHashMap<>();
        private List<String> header;
        private int[] lines;

        private Builder(int rows) {
            this.rows = rows;
        }

        /** Takes ownership of {@code values}. */
        public Builder numbers(String column, double[] values) {
            if (values.length != rows) {
                throw new IllegalArgumentException(column + ": " + values.length + " values for " + rows + " rows");
            }
            numbers.put(column, values);
            return this;
        }

        public Builder factor(String column, Factor factor) {
            if (factor.size() != rows) {
                throw new IllegalArgumentException(column + ": " + factor.size() + " values for " + rows + " rows");
            }
            factors.put(column, factor);
            return this;
        }

        public Builder factor(String column, String... values) {
            return factor(column, Factor.of(values));
        }

        public Builder header(List<String> header) {
            this.header = header;
            return this;
        }

        /** The file line of each row; takes ownership. */
        public Builder lines(int[] lines) {
            this.lines = lines;
            return this;
        }

        public SurveyData build() {
            List<String> h = header;
            if (h == null) {
                java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(numbers.keySet());
                names.addAll(factors.keySet());
                h = List.copyOf(names);
            }
            return new SurveyData(rows, Map.copyOf(numbers), Map.copyOf(factors), h, lines);
        }
    }
}
