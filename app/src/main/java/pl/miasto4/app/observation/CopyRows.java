package pl.miasto4.app.observation;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN} in text format, the fastest way to
 * load many rows. Values are escaped as the text format requires (backslash, tab, newline).
 */
public final class CopyRows implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 16;

    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + 4096);
    private final StringBuilder line = new StringBuilder(256);
    private boolean firstField = true;
    private long rows;

    public CopyRows(Connection connection, String copySql) throws SQLException {
        CopyManager manager = new CopyManager(connection.unwrap(BaseConnection.class));
        this.copy = manager.copyIn(copySql);
    }

    public CopyRows field(Object value) {
        if (!firstField) {
            line.append('\t');
        }
        firstField = false;
        if (value == null) {
            line.append("\\N");
            return this;
        }
        String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    public void endRow() throws SQLException {
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        line.setLength(0);
        firstField = true;
        rows++;
        if (buffer.size() >= FLUSH_AT) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            byte[] b = buffer.toByteArray();
            copy.writeToCopy(b, 0, b.length);
            buffer.reset();
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
