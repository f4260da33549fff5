package pl.miasto4.app.db;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN} in text format, the fastest way to
 * load many rows. Values are escaped as the text format requires (backslash, tab, newline, carriage
 * return) and encoded as UTF-8 straight into one buffer, which is sent whenever it fills.
 *
 * <p>If PostgreSQL refuses a row (a constraint, a bad value) it says so on the next write or at
 * {@link #finish()}, as an {@link SQLException}.
 */
public final class CopyRows implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 16;

    private final CopyIn copy;
    private byte[] buffer = new byte[FLUSH_AT + 4096];
    private int size;
    private int rowStart;
    private boolean firstField = true;
    private long rows;

    public CopyRows(Connection connection, String copySql) throws SQLException {
        CopyManager manager = new CopyManager(connection.unwrap(BaseConnection.class));
        this.copy = manager.copyIn(copySql);
    }

    private void separator() {
        if (!firstField) {
            put((byte) '\t');
        }
        firstField = false;
    }

    private void put(byte b) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[size++] = b;
    }

    /** A value written as its {@code toString()} (a {@link java.math.BigDecimal} in plain notation); null is SQL NULL. */
    public CopyRows field(Object value) {
        separator();
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
            return this;
        }
        text(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
        return this;
    }

    public CopyRows field(long value) {
        separator();
        if (value == Long.MIN_VALUE) {
            text(Long.toString(value));
            return this;
        }
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = size + digits - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    public CopyRows field(boolean value) {
        separator();
        put(value ? (byte) 't' : (byte) 'f');
        return this;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    /** Escapes and UTF-8-encodes {@code s} into the buffer. */
    private void text(String s) {
        int n = s.length();
        ensure(n * 2);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> put((byte) c);
                }
            } else if (c < 0x800) {
                put((byte) (0xC0 | (c >> 6)));
                put((byte) (0x80 | (c & 0x3F)));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put((byte) (0xF0 | (cp >> 18)));
                put((byte) (0x80 | ((cp >> 12) & 0x3F)));
                put((byte) (0x80 | ((cp >> 6) & 0x3F)));
                put((byte) (0x80 | (cp & 0x3F)));
            } else if (Character.isSurrogate(c)) {
                put((byte) '?'); // an unpaired surrogate has no UTF-8 form (String.getBytes writes '?' too)
            } else {
                put((byte) (0xE0 | (c >> 12)));
                put((byte) (0x80 | ((c >> 6) & 0x3F)));
                put((byte) (0x80 | (c & 0x3F)));
            }
        }
    }

    private void escaped(char c) {
        put((byte) '\\');
        put((byte) c);
    }

    public void endRow() throws SQLException {
        put((byte) '\n');
        firstField = true;
        rows++;
        rowStart = size;
        if (size >= FLUSH_AT) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (rowStart > 0) {
            copy.writeToCopy(buffer, 0, rowStart);
            System.arraycopy(buffer, rowStart, buffer, 0, size - rowStart);
            size -= rowStart;
            rowStart = 0;
        }
    }

    /** Finishes the COPY and returns the number of rows PostgreSQL took. */
    public long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
