package pl.miasto4.tabular;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Splits decoded CSV text into records the way Apache Commons CSV does with the format
 * {@link CsvRowSource} uses (RFC 4180 quotes, no escape character, no comments, empty lines
 * skipped, nothing trimmed), several times faster because it works on a large char buffer instead
 * of one character at a time.
 * <p>
 * It only handles what it can answer exactly as the library would: unquoted fields, quoted fields
 * (doubled quotes, separators and line breaks inside them, white space between the closing quote
 * and the separator), CR, LF and CRLF line ends, and the library's line count (what
 * {@code CSVParser.getCurrentLineNumber()} says between records). Everything else, the cases in
 * which the library throws (text after a closing quote, the end of the file inside quotes) and any
 * failure to read or decode, makes {@link #next} answer {@link Status#GIVE_UP}; the caller then lets
 * the library read the file from the start and skip the records already returned, so messages and
 * the records before them stay the library's own.
 * <p>
 * Decoding errors surface in the library when its buffers are refilled, at most {@value #LIBRARY_READ_AHEAD}
 * characters ahead of the record being parsed (an 8,192-character buffer read from a 65,536-character
 * {@code BufferedReader}). This scanner keeps at least {@value #GUARD} decoded characters ahead of
 * any character it looks at, so a decoding error stops it no later than it would stop the library:
 * every record it returned before giving up, the library returns too.
 */
final class CsvScanner {

    /** How far ahead of the parse position the library may have decoded (8 Ki + 64 Ki characters, rounded up). */
    static final int LIBRARY_READ_AHEAD = (1 << 13) + (1 << 16) + 16;

    /** Decoded characters kept beyond the last one looked at while the input has more. */
    static final int GUARD = 1 << 17;

    /** What {@link #next} found. */
    enum Status { RECORD, END, GIVE_UP }

    private static final int NEED_MORE = 3;

    /** The initial buffer: a refill reads at least (its length - {@link #GUARD}) / 2 characters. */
    static final int DEFAULT_BUFFER = 1 << 19;

    private final Reader in;
    private final char separator;
    /** Refill when fewer characters than this are buffered ahead of the parse position. */
    private final int refillBelow;
    private char[] buf;
    private int pos;
    private int end;
    /** The reader is exhausted: {@code [pos, end)} is all the text that is left. */
    private boolean eof;
    /** The last record ended at the end of the text. */
    private boolean ended;
    /** Nothing has been consumed yet (the library's "undefined" last character). */
    private boolean atStart = true;
    /** The library's line number at the current position (a record boundary). */
    private long lineNumber;
    /** Why the scanner gave up, for tests. */
    private String gaveUp;

    CsvScanner(Reader in, char separator) {
        this(in, separator, DEFAULT_BUFFER);
    }

    /** @param bufferChars the initial buffer, more than {@link #GUARD} (small ones make tests refill often) */
    CsvScanner(Reader in, char separator, int bufferChars) {
        if (bufferChars <= GUARD + 16) {
            throw new IllegalArgumentException("the buffer must be larger than the guard");
        }
        this.in = in;
        this.separator = separator;
        this.buf = new char[bufferChars];
        this.refillBelow = GUARD + (bufferChars - GUARD) / 2;
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("unsupported separator");
        }
    }

    /** The library's line number at the end of the last record (0 before the first). */
    long lineNumber() {
        return lineNumber;
    }

    /** Why {@link #next} answered {@link Status#GIVE_UP}, or null. */
    String gaveUp() {
        return gaveUp;
    }

    /**
     * Reads the next record into {@code cells} (cleared first). After {@link Status#END} or
     * {@link Status#GIVE_UP} it must not be called again.
     */
    Status next(List<String> cells) {
        if (gaveUp != null) {
            throw new IllegalStateException("the scanner gave up: " + gaveUp);
        }
        if (!eof && end - pos < refillBelow && !fill()) {
            return Status.GIVE_UP;
        }
        while (true) {
            int r = parse(cells);
            if (r == 0) {
                return Status.RECORD;
            }
            if (r == 1) {
                return Status.END;
            }
            if (r == 2) {
                return Status.GIVE_UP;
            }
            // A record longer than what is buffered: make room and read more.
            if (pos == 0 && end == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            if (!fill()) {
                return Status.GIVE_UP;
            }
        }
    }

    /** Moves what is left to the front and reads until the buffer is full or the text ends; false if reading failed. */
    private boolean fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        try {
            while (!eof && end < buf.length) {
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) {
                    eof = true;
                } else {
                    end += n;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            gaveUp = "reading failed: " + e;
            return false;
        }
    }

    /** 0 a record, 1 the end, 2 give up, {@link #NEED_MORE} the record goes past what may be looked at. */
    private int parse(List<String> cells) {
        if (ended) {
            return 1;
        }
        final char[] b = buf;
        final char sep = separator;
        final int limit = eof ? end : end - GUARD;
        final int stop = end;
        int i = pos;
        long line = lineNumber;
        // Empty lines before the record are skipped; each line end (CR, LF or CRLF) is one line.
        while (true) {
            if (i >= limit) {
                if (!eof) {
                    return NEED_MORE;
                }
                // The end of the text where a record would start: no record. The library counts a
                // line for it only when nothing at all came before.
                lineNumber = atStart && i == pos ? line + 1 : line;
                atStart = false;
                pos = i;
                ended = true;
                return 1;
            }
            char c = b[i];
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '\r') {
                line++;
                i++;
                if (i < stop && b[i] == '\n') {
                    i++;
                }
            } else {
                break;
            }
        }
        cells.clear();
        while (true) {
            // The start of a field.
            if (i >= limit) {
                if (!eof) {
                    return NEED_MORE;
                }
                // The text ends right after a separator: an empty last field.
                cells.add("");
                return endOfText(i, line + 1);
            }
            char c = b[i];
            if (c != '"') {
                int start = i;
                while (i < limit && (c = b[i]) != sep && c != '\n' && c != '\r') {
                    i++;
                }
                if (i >= limit) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    cells.add(new String(b, start, i - start));
                    return endOfText(i, line + 1);
                }
                cells.add(start == i ? "" : new String(b, start, i - start));
                i++;
                if (c == sep) {
                    continue;
                }
                if (c == '\r' && i < stop && b[i] == '\n') {
                    i++;
                }
                return endOfRecord(i, line + 1);
            }
            // A quoted field: everything up to the closing quote, a doubled quote standing for one.
            i++;
            int start = i;
            StringBuilder sb = null;
            String value;
            while (true) {
                if (i >= limit) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    return giveUp("the text ends inside quotes");
                }
                c = b[i];
                if (c == '"') {
                    if (i + 1 < stop && b[i + 1] == '"') {
                        if (sb == null) {
                            sb = new StringBuilder(i + 16 - start);
                        }
                        sb.append(b, start, i + 1 - start);
                        i += 2;
                        start = i;
                        continue;
                    }
                    value = sb == null ? new String(b, start, i - start) : sb.append(b, start, i - start).toString();
                    i++;
                    break;
                }
                if (c == '\r') {
                    line++;
                } else if (c == '\n' && b[i - 1] != '\r') {
                    line++;
                }
                i++;
            }
            // After the closing quote: white space is skipped up to the separator or the line end.
            while (true) {
                if (i >= limit) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                    cells.add(value);
                    return endOfText(i, line + 1);
                }
                c = b[i];
                if (c == sep) {
                    cells.add(value);
                    i++;
                    break;
                }
                if (c == '\n' || c == '\r') {
                    cells.add(value);
                    i++;
                    if (c == '\r' && i < stop && b[i] == '\n') {
                        i++;
                    }
                    return endOfRecord(i, line + 1);
                }
                if (!Character.isWhitespace(c)) {
                    return giveUp("a character between a closing quote and the separator");
                }
                i++;
            }
        }
    }

    private int endOfRecord(int i, long line) {
        pos = i;
        lineNumber = line;
        atStart = false;
        return 0;
    }

    /** A record ended by the end of the text; the library counts that as a line end. */
    private int endOfText(int i, long line) {
        ended = true;
        return endOfRecord(i, line);
    }

    private int giveUp(String why) {
        gaveUp = why;
        return 2;
    }
}
