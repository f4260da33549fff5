package pl.miasto4.tabular;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;

/**
 * The bounds every file is read within, so that no file can stop the service: a line of at most
 * {@value #MAX_LINE_CHARS} characters, a cell of at most {@value #MAX_CELL_CHARS} (Excel's own
 * limit), at most {@value #MAX_CELLS} cells in a row (Excel's columns), a number of at most
 * {@value #MAX_DIGITS} digits between 10^-{@value #MAX_EXPONENT} and 10^{@value #MAX_EXPONENT}
 * ({@link NumberParser}); the file size is the caller's ({@link TabularReader#DEFAULT_MAX_BYTES}).
 * Each is checked while reading, in time linear in the input, and refused with the line and column.
 */
public final class TabularLimits {
    public static final int MAX_LINE_CHARS = 1 << 20;
    public static final int MAX_CELL_CHARS = 32_767;
    public static final int MAX_CELLS = 16_384;
    public static final int MAX_DIGITS = 40;
    public static final int MAX_EXPONENT = 100;

    private TabularLimits() {
    }

    /** Refuses a row with too many cells or a cell that is too long. */
    static void checkRow(String file, long line, List<String> cells, RowSource columns) throws TabularException {
        if (cells.size() > MAX_CELLS) {
            throw new TabularException(String.format(Locale.ROOT, "%s: line %d: %,d cells, more than the limit of %,d per row",
                    file, line, cells.size(), MAX_CELLS), "tabular.limit.cells", file, line, cells.size(), MAX_CELLS);
        }
        for (int i = 0; i < cells.size(); i++) {
            int length = cells.get(i).length();
            if (length > MAX_CELL_CHARS) {
                String column = columns.columnLabel(i);
                throw new TabularException(String.format(Locale.ROOT,
                        "%s: line %d, %s: a cell of %,d characters, longer than the limit of %,d", file, line, column,
                        length, MAX_CELL_CHARS), "tabular.limit.cell", file, line, column, length, MAX_CELL_CHARS);
            }
        }
    }

    /** A line longer than {@link #MAX_LINE_CHARS}; thrown by {@link LineLimitReader}. */
    static final class LineTooLongException extends IOException {
        final long line;

        LineTooLongException(long line) {
            super(String.format(Locale.ROOT, "line %d is longer than %,d characters", line, MAX_LINE_CHARS));
            this.line = line;
        }

        TabularException forFile(String file) {
            return new TabularException(String.format(Locale.ROOT,
                    "%s: line %d: longer than the limit of %,d characters; is it a table?", file, line, MAX_LINE_CHARS),
                    this, "tabular.limit.line", file, line, MAX_LINE_CHARS);
        }
    }

    /** Counts characters since the last line break and stops at the first line that is too long. */
    static final class LineLimitReader extends FilterReader {
        private final int maxLine;
        private long line = 1;
        private int sinceBreak;

        LineLimitReader(Reader in, int maxLine) {
            super(in);
            this.maxLine = maxLine;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++) {
                count(buf[i]);
            }
            return n;
        }

        private void count(char c) throws LineTooLongException {
            if (c == '\n') {
                line++;
                sinceBreak = 0;
            } else if (++sinceBreak > maxLine) {
                throw new LineTooLongException(line);
            }
        }
    }
}
