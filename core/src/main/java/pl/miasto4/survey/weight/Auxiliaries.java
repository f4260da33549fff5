package pl.miasto4.survey.weight;

import java.util.ArrayList;
import java.util.List;

/**
 * The auxiliary variables of a calibration, as R's {@code model.matrix} of
 * {@code ~ margin1 + margin2 + … + numeric}: an intercept, one indicator per level of each margin
 * except its reference level, and the numeric columns. Kept as level codes, not as a dense matrix.
 */
public final class Auxiliaries {
    private final int rows;
    private final int[][] cells;
    private final int[][] columnOfCell;
    private final double[][] numeric;
    private final int numericStart;
    private final List<String> names;

    /**
     * @param cells     per margin, the cell of each respondent
     * @param reference per margin, the cell without a column (R: the first level of the factor)
     * @param cellNames per margin, the cell labels (for column names)
     * @param numeric   numeric auxiliaries, one array per variable
     */
    public Auxiliaries(int rows, List<String> margins, int[][] cells, int[] reference, List<List<String>> cellNames,
                       List<String> numericNames, double[][] numeric) {
        this.rows = rows;
        this.cells = cells;
        this.numeric = numeric;
        this.columnOfCell = new int[cells.length][];
        List<String> n = new ArrayList<>();
        n.add("(Intercept)");
        int col = 1;
        for (int m = 0; m < cells.length; m++) {
            int levels = cellNames.get(m).size();
            columnOfCell[m] = new int[levels];
            for (int c = 0; c < levels; c++) {
                if (c == reference[m]) {
                    columnOfCell[m][c] = -1;
                } else {
                    columnOfCell[m][c] = col++;
                    n.add(margins.get(m) + "=" + cellNames.get(m).get(c));
                }
            }
        }
        this.numericStart = col;
        n.addAll(numericNames);
        this.names = List.copyOf(n);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    /** The column of margin m's cell c, or -1 for the reference cell. */
    public int column(int m, int c) {
        return columnOfCell[m][c];
    }

    /** Row i of X into {@code out}. */
    public void row(int i, double[] out) {
        java.util.Arrays.fill(out, 0);
        int[] cols = new int[maxNonzeros()];
        double[] vals = new double[cols.length];
        int k = nonzeros(i, cols, vals);
        for (int j = 0; j < k; j++) {
            out[cols[j]] = vals[j];
        }
    }

    /** At most this many non-zero entries in a row: the intercept, one per margin, the numeric columns. */
    public int maxNonzeros() {
        return 1 + cells.length + numeric.length;
    }

    /** The non-zero entries of row i (columns and values); returns how many. */
    public int nonzeros(int i, int[] cols, double[] vals) {
        cols[0] = 0;
        vals[0] = 1;
        int k = 1;
        for (int m = 0; m < cells.length; m++) {
            int c = columnOfCell[m][cells[m][i]];
            if (c >= 0) {
                cols[k] = c;
                vals[k++] = 1;
            }
        }
        for (int j = 0; j < numeric.length; j++) {
            cols[k] = numericStart + j;
            vals[k++] = numeric[j][i];
        }
        return k;
    }

    /** xᵢᵀβ. */
    public double dot(int i, double[] beta) {
        double s = beta[0];
        for (int m = 0; m < cells.length; m++) {
            int c = columnOfCell[m][cells[m][i]];
            if (c >= 0) {
                s += beta[c];
            }
        }
        for (int j = 0; j < numeric.length; j++) {
            s += beta[numericStart + j] * numeric[j][i];
        }
        return s;
    }

    /** Σ wᵢ xᵢ. */
    public double[] totals(double[] w) {
        double[] t = new double[columns()];
        int[] cols = new int[maxNonzeros()];
        double[] vals = new double[cols.length];
        for (int i = 0; i < rows; i++) {
            if (w[i] == 0) {
                continue;
            }
            int k = nonzeros(i, cols, vals);
            for (int j = 0; j < k; j++) {
                t[cols[j]] += w[i] * vals[j];
            }
        }
        return t;
    }

    /** Σ wᵢ xᵢ xᵢᵀ. */
    public double[][] crossProduct(double[] w) {
        int p = columns();
        double[][] a = new double[p][p];
        int[] cols = new int[maxNonzeros()];
        double[] vals = new double[cols.length];
        for (int i = 0; i < rows; i++) {
            if (w[i] == 0) {
                continue;
            }
            int k = nonzeros(i, cols, vals);
            for (int x = 0; x < k; x++) {
                double wx = w[i] * vals[x];
                for (int y = 0; y < k; y++) {
                    a[cols[x]][cols[y]] += wx * vals[y];
                }
            }
        }
        return a;
    }
}
