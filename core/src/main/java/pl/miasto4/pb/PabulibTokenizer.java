package pl.miasto4.pb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Splits pabulib bytes (UTF-8) into records of {@code ;}-separated fields without decoding them: a
 * record is a list of byte ranges, and a field becomes a String only when the reader asks for it (the
 * ballots' project lists are matched as bytes). Handles a byte-order mark, LF, CRLF and lone CR line
 * ends, and fields in double quotes (a doubled quote inside stands for one quote; a quoted field may
 * span lines). Fields are trimmed. The separators are ASCII, so they never occur inside a multi-byte
 * UTF-8 character. Hand-written rather than Commons CSV because it is several times faster on this
 * simple format (docs/pb.md has the measurement).
 */
final class PabulibTokenizer {
    private final String source;
    private final byte[] b;
    private final int end;
    private int pos;
    private int line = 1;
    private int recordLine;

    // the current record
    private int count;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private boolean[] escaped = new boolean[16];

    PabulibTokenizer(String source, byte[] utf8) {
        this.source = source;
        this.b = utf8;
        this.end = utf8.length;
        this.pos = end >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    byte[] bytes() {
        return b;
    }

    /** Line (1-based) on which the current record started. */
    int recordLine() {
        return recordLine;
    }

    int count() {
        return count;
    }

    int from(int i) {
        return from[i];
    }

    int to(int i) {
        return to[i];
    }

    boolean isEmpty(int i) {
        return from[i] == to[i];
    }

    boolean isBlank() {
        return count == 1 && from[0] == to[0];
    }

    /** The field decoded, trimmed and unquoted. */
    String field(int i) {
        String s = new String(b, from[i], to[i] - from[i], StandardCharsets.UTF_8);
        return escaped[i] ? s.replace("\"\"", "\"") : s;
    }

    /** All fields of the current record, decoded. */
    void fields(ArrayList<String> out) {
        out.clear();
        for (int i = 0; i < count; i++) {
            out.add(field(i));
        }
    }

    /** Whether field i is exactly the given ASCII word, ignoring case. */
    boolean fieldIs(int i, String word) {
        int len = to[i] - from[i];
        if (len != word.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            int c = b[from[i] + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void add(int f, int t, boolean esc) {
        if (count == from.length) {
            from = Arrays.copyOf(from, count * 2);
            to = Arrays.copyOf(to, count * 2);
            escaped = Arrays.copyOf(escaped, count * 2);
        }
        while (f < t && isSpace(b[f])) {
            f++;
        }
        while (t > f && isSpace(b[t - 1])) {
            t--;
        }
        from[count] = f;
        to[count] = t;
        escaped[count] = esc;
        count++;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t';
    }

    /** Reads the next record. Returns false at the end. A blank line gives one empty field. */
    boolean next() throws PabulibFormatException {
        count = 0;
        if (pos >= end) {
            return false;
        }
        recordLine = line;
        while (true) {
            int c = pos < end ? b[pos] : -1;
            while (c == ' ' || c == '\t') {
                c = ++pos < end ? b[pos] : -1;
            }
            if (c == '"') {
                int open = pos;
                int openLine = line;
                boolean esc = quoted();
                int contentFrom = open + 1;
                int contentTo = pos - 1;
                c = pos < end ? b[pos] : -1;
                while (c == ' ' || c == '\t') {
                    c = ++pos < end ? b[pos] : -1;
                }
                if (c != -1 && c != ';' && c != '\n' && c != '\r' && line == openLine) {
                    // text after the closing quote ("Odkupmy" i my - …): the quote was part of the text,
                    // so the field is read again as unquoted, as Python's csv module reads it
                    pos = open;
                    c = '"';
                } else {
                    add(contentFrom, contentTo, esc);
                    if (c == ';') {
                        pos++;
                        continue;
                    }
                    if (c == -1 || c == '\n' || c == '\r') {
                        endOfLine(c);
                        return true;
                    }
                    throw new PabulibFormatException(source, line, "unexpected character after a quoted field "
                            + "that spans lines (field " + count + ")");
                }
            }
            int f = pos;
            while (c != -1 && c != ';' && c != '\n' && c != '\r') {
                c = ++pos < end ? b[pos] : -1;
            }
            add(f, pos, false);
            if (c == ';') {
                pos++;
                continue;
            }
            endOfLine(c);
            return true;
        }
    }

    private void endOfLine(int c) {
        if (c == '\r') {
            pos++;
            if (pos < end && b[pos] == '\n') {
                pos++;
            }
            line++;
        } else if (c == '\n') {
            pos++;
            line++;
        }
    }

    /** Skips a quoted field; pos ends after the closing quote. Returns whether it contained "" escapes. */
    private boolean quoted() throws PabulibFormatException {
        int startLine = line;
        pos++;
        boolean esc = false;
        while (true) {
            if (pos >= end) {
                throw new PabulibFormatException(source, startLine, "quoted field is never closed");
            }
            byte ch = b[pos];
            if (ch == '"') {
                if (pos + 1 < end && b[pos + 1] == '"') {
                    esc = true;
                    pos += 2;
                    continue;
                }
                pos++;
                return esc;
            }
            if (ch == '\n' || (ch == '\r' && (pos + 1 >= end || b[pos + 1] != '\n'))) {
                line++;
            }
            pos++;
        }
    }
}
