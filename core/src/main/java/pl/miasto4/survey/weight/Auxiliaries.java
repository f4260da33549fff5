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
        out[0] = 1;
        for (int m = 0; m < cells.length; m++) {
            int c = columnOfCell[m][cells[m][i]];
            if (c >= 0) {
                out[c] = 1;
            }
        }
        for (int j = 0; j < numeric.length; j++) {
            out[numericStart + j] = numeric[j][i];
        }
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
        double[] row = new double[columns()];
        for (int i = 0; i < rows; i++) {
            row(i, row);
            for (int j = 0; j < row.length; j++) {
                t[j] += w[i] * row[j];
            }
        }
        return t;
    }

    /** Σ wᵢ xᵢ xᵢᵀ. */
    public double[][] crossProduct(double[] w) {
        int p = columns();
        double[][] a = new double[p][p];
        double[] row = new double[p];
        for (int i = 0; i < rows; i++) {
            if (w[i] == 0) {
                continue;
            }
            row(i, row);
            for (int j = 0; j < p; j++) {
                if (row[j] == 0) {
                    continue;
                }
                double wj = w[i] * row[j];
                for (int k = 0; k <= j; k++) {
                    a[j][k] += wj * row[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = j + 1; k < p; k++) {
                a[j][k] = a[k][j];
            }
        }
        return a;
    }
}
