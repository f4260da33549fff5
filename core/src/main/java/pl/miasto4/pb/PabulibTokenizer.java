package pl.miasto4.pb;

import java.util.ArrayList;

/**
 * Splits pabulib text into records of {@code ;}-separated fields. Handles a UTF-8 byte-order mark,
 * LF, CRLF and lone CR line ends, and fields in double quotes (a doubled quote inside stands for one
 * quote; a quoted field may span lines). Fields are trimmed. Hand-written rather than Commons CSV
 * because it is several times faster on this simple format (see docs/pb.md for the measurement).
 */
final class PabulibTokenizer {
    private final String source;
    private final String text;
    private final int end;
    private int pos;
    private int line = 1;
    private int recordLine;

    PabulibTokenizer(String source, String text) {
        this.source = source;
        this.text = text;
        this.end = text.length();
        this.pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    /** Line (1-based) on which the last record returned by {@link #next} started. */
    int recordLine() {
        return recordLine;
    }

    /**
     * Reads the next record into {@code fields} (cleared first). Returns false at the end of the text.
     * A blank line gives a record with one empty field.
     */
    boolean next(ArrayList<String> fields) throws PabulibFormatException {
        fields.clear();
        if (pos >= end) {
            return false;
        }
        recordLine = line;
        while (true) {
            // one field
            int c = pos < end ? text.charAt(pos) : -1;
            while (c == ' ' || c == '\t') {
                c = ++pos < end ? text.charAt(pos) : -1;
            }
            if (c == '"') {
                int open = pos;
                int openLine = line;
                String value = quoted();
                c = pos < end ? text.charAt(pos) : -1;
                while (c == ' ' || c == '\t') {
                    c = ++pos < end ? text.charAt(pos) : -1;
                }
                if (c != -1 && c != ';' && c != '\n' && c != '\r' && line == openLine) {
                    // text after the closing quote ("Odkupmy" i my - …): the quote was part of the text,
                    // so read the field again as unquoted, as Python's csv module does not reject it either
                    pos = open;
                    c = '"';
                } else {
                    fields.add(value);
                    if (c == ';') {
                        pos++;
                        continue;
                    }
                    if (c == -1 || c == '\n' || c == '\r') {
                        endOfLine(c);
                        return true;
                    }
                    throw new PabulibFormatException(source, line, "unexpected character '" + (char) c
                            + "' after a quoted field that spans lines (field " + (fields.size()) + ")");
                }
            }
            int from = pos;
            while (c != -1 && c != ';' && c != '\n' && c != '\r') {
                c = ++pos < end ? text.charAt(pos) : -1;
            }
            int to = pos;
            while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) {
                to--;
            }
            fields.add(text.substring(from, to));
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
            if (pos < end && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
        } else if (c == '\n') {
            pos++;
            line++;
        }
    }

    private String quoted() throws PabulibFormatException {
        int startLine = line;
        pos++; // opening quote
        StringBuilder sb = null;
        int from = pos;
        while (true) {
            if (pos >= end) {
                throw new PabulibFormatException(source, startLine, "quoted field is never closed");
            }
            char ch = text.charAt(pos);
            if (ch == '"') {
                if (pos + 1 < end && text.charAt(pos + 1) == '"') {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(text, from, pos + 1);
                    pos += 2;
                    from = pos;
                    continue;
                }
                String value = sb == null ? text.substring(from, pos) : sb.append(text, from, pos).toString();
                pos++;
                return value.trim();
            }
            if (ch == '\n' || (ch == '\r' && (pos + 1 >= end || text.charAt(pos + 1) != '\n'))) {
                line++;
            }
            pos++;
        }
    }
}
