package pl.miasto4.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV rows {@link TabularReader#open} gives (through {@link CsvScanner}, falling back on Apache
 * Commons CSV) are those of the implementation before the scanner ({@link ReferenceCsvRowSource}):
 * the same header, description, decimal mark, cells, line numbers and messages, on random files
 * with every kind of quoting, line end, empty line, separator and encoding, malformed quotes, and
 * bytes the encoding cannot decode placed anywhere in files larger than the scanner's buffer.
 */
class CsvRowSourceEquivalenceTest {

    @TempDir
    Path dir;

    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};
    private static final String POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    private static final Charset CP1250 = Charset.forName("windows-1250");
    private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");

    /** What a reader gave, in order: the opening, every row, the first failure. */
    record Opened(List<String> header, String description, DecimalMark mark, List<String> labels) {
    }

    record Failure(String message) {
    }

    static List<Object> transcript(Path file, boolean reference) {
        return transcript(file, reference, 0);
    }

    /** @param scannerBuffer 0 for {@link TabularReader#open}, else the scanner's buffer */
    static List<Object> transcript(Path file, boolean reference, int scannerBuffer) {
        List<Object> out = new ArrayList<>();
        RowSource src;
        try {
            src = reference ? ReferenceTabularReader.open(file, "f.csv")
                    : scannerBuffer > 0 ? CsvRowSource.open(file, "f.csv", scannerBuffer) : TabularReader.open(file, "f.csv");
        } catch (TabularException e) {
            out.add(new Failure("open: " + e.getMessage()));
            return out;
        }
        try (src) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < src.header().size() + 2; i++) {
                labels.add(src.columnLabel(i));
            }
            out.add(new Opened(src.header(), src.description(), src.decimalMark(), labels));
            Row r;
            while ((r = src.next()) != null) {
                out.add(r);
            }
            out.add("end");
            out.add(src.next()); // still the end
        } catch (TabularException e) {
            out.add(new Failure(e.getMessage()));
        } catch (java.io.IOException e) {
            out.add(new Failure("close: " + e));
        } finally {
            if (!reference) {
                lastReadByLibrary = ((CsvRowSource) src).readByLibrary();
            }
        }
        return out;
    }

    /** Whether the last file read by the production path was finished by the library (the scanner gave up). */
    private static boolean lastReadByLibrary;
    private int byScanner;
    private int byLibrary;
    private int rowsCompared;

    private void assertSame(byte[] bytes, String what) throws Exception {
        assertSame(bytes, what, 0);
    }

    private void assertSame(byte[] bytes, String what, int scannerBuffer) throws Exception {
        Path p = dir.resolve("f.csv");
        Files.write(p, bytes);
        List<Object> expected = transcript(p, true);
        lastReadByLibrary = false;
        List<Object> actual = transcript(p, false, scannerBuffer);
        assertThat(actual).as(what).isEqualTo(expected);
        if (lastReadByLibrary) {
            byLibrary++;
        } else {
            byScanner++;
        }
        rowsCompared += actual.size();
    }


    // ---- random text ------------------------------------------------------------------------

    static String plain(Random rnd, char sep, boolean polish) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(20);
            if (k < 6) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            } else if (k < 11) {
                sb.append((char) ('a' + rnd.nextInt(26)));
            } else if (k == 11) {
                sb.append(' ');
            } else if (k == 12 && i > 0) {
                sb.append('"'); // a quote inside an unquoted field is an ordinary character
            } else if (k == 13) {
                sb.append(polish ? POLISH.charAt(rnd.nextInt(POLISH.length())) : 'x');
            } else if (k == 14) {
                char other = SEPARATORS[rnd.nextInt(SEPARATORS.length)];
                sb.append(other == sep ? '.' : other);
            } else if (k == 15) {
                char p = ",.-%".charAt(rnd.nextInt(4));
                sb.append(p == sep ? '-' : p);
            } else if (k == 16) {
                sb.append('\u00A0');
            } else {
                sb.append((char) ('A' + rnd.nextInt(26)));
            }
        }
        String s = sb.toString();
        // a field that starts with a quote is a quoted field
        return s.startsWith("\"") ? "x" + s : s;
    }

    static String quoted(Random rnd, char sep, boolean polish, boolean malformedAllowed) {
        StringBuilder sb = new StringBuilder("\"");
        int n = rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(9)) {
                case 0 -> sb.append(sep);
                case 1 -> sb.append("\"\"");
                case 2 -> sb.append(LINE_ENDS[rnd.nextInt(3)]);
                case 3 -> sb.append(' ');
                default -> sb.append(plain(rnd, sep, polish).replace("\"", "\"\""));
            }
        }
        sb.append('"');
        int k = rnd.nextInt(malformedAllowed ? 40 : 30);
        if (k < 3) {
            sb.append(" \t\u000B ".substring(0, 1 + rnd.nextInt(3))); // white space before the separator is skipped
        } else if (k == 3) {
            sb.append('\u000C'); // white space too
        } else if (k == 4 && malformedAllowed) {
            sb.append('\u00A0'); // not white space: the library refuses it
        } else if (k >= 30) {
            sb.append(rnd.nextBoolean() ? "x" : "\"a"); // the library refuses text after a closing quote
        }
        return sb.toString();
    }

    static String randomCsv(Random rnd, char sep, int rows, boolean polish, boolean malformedAllowed) {
        StringBuilder sb = new StringBuilder();
        String lineEnd = LINE_ENDS[rnd.nextInt(3)];
        int width = 1 + rnd.nextInt(6);
        for (int r = 0; r < rows; r++) {
            if (rnd.nextInt(15) == 0) {
                // empty lines, possibly with other line ends, or a line of white space
                int k = rnd.nextInt(4);
                for (int i = 0; i < k; i++) {
                    sb.append(LINE_ENDS[rnd.nextInt(3)]);
                }
                if (rnd.nextInt(4) == 0) {
                    sb.append("  ").append(lineEnd);
                }
            }
            int n = rnd.nextInt(10) == 0 ? 1 + rnd.nextInt(8) : width;
            for (int f = 0; f < n; f++) {
                if (f > 0) {
                    sb.append(sep);
                }
                int k = rnd.nextInt(10);
                if (k < 5) {
                    sb.append(plain(rnd, sep, polish));
                } else if (k < 7) {
                    sb.append(quoted(rnd, sep, polish, malformedAllowed));
                } // else an empty field
            }
            if (r < rows - 1 || rnd.nextInt(3) > 0) {
                sb.append(rnd.nextInt(8) == 0 ? LINE_ENDS[rnd.nextInt(3)] : lineEnd);
            }
        }
        if (rnd.nextInt(6) == 0) {
            sb.append(sep); // a separator right before the end of the file
        }
        if (malformedAllowed && rnd.nextInt(25) == 0) {
            sb.append(sep).append("\"never closed"); // the end of the file inside quotes
        }
        return sb.toString();
    }

    static byte[] encode(String text, Charset cs, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            if (cs.equals(StandardCharsets.UTF_8)) {
                out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            } else if (cs.equals(StandardCharsets.UTF_16LE)) {
                out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xFE});
            } else if (cs.equals(StandardCharsets.UTF_16BE)) {
                out.writeBytes(new byte[]{(byte) 0xFE, (byte) 0xFF});
            }
        }
        out.writeBytes(text.getBytes(cs));
        return out.toByteArray();
    }

    // ---- tests ------------------------------------------------------------------------------

    @Test
    void smallRandomFilesInEveryEncodingReadTheSame() throws Exception {
        Random rnd = new Random(20240611);
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_8, CP1250, ISO_8859_2,
                StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
        for (int iteration = 0; iteration < 2000; iteration++) {
            char sep = SEPARATORS[rnd.nextInt(SEPARATORS.length)];
            Charset cs = charsets[rnd.nextInt(charsets.length)];
            boolean utf16 = cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE);
            boolean bom = utf16 || (cs.equals(StandardCharsets.UTF_8) && rnd.nextBoolean());
            String text = randomCsv(rnd, sep, 1 + rnd.nextInt(12), true, rnd.nextInt(3) == 0);
            assertSame(encode(text, cs, bom), "iteration " + iteration + " " + cs + " sep '" + sep + "': " + printable(text));
        }
        // both paths are exercised: most files by the scanner alone, the malformed ones finished by the library
        assertThat(byScanner).isGreaterThan(1200);
        assertThat(byLibrary).isGreaterThan(200);
        assertThat(rowsCompared).isGreaterThan(10_000);
    }

    @Test
    void largeFilesAcrossTheScannersBufferReadTheSame() throws Exception {
        Random rnd = new Random(77);
        for (int iteration = 0; iteration < 12; iteration++) {
            char sep = SEPARATORS[iteration % SEPARATORS.length];
            StringBuilder text = new StringBuilder(randomCsv(rnd, sep, 30_000 + rnd.nextInt(30_000), iteration % 2 == 0, false));
            if (iteration % 3 == 0) {
                // a quoted field longer than the scanner's buffer, with line breaks inside
                text.append(sep).append('"').append(("żółw\"\"" + sep + "x\r\n").repeat(150_000 + rnd.nextInt(100_000))).append("\"\n");
                text.append(randomCsv(rnd, sep, 2_000, false, false));
            }
            if (iteration % 4 == 1) {
                text.append("\n\"broken\"x").append(sep).append("1\n"); // the library's error at the very end
            }
            Charset cs = iteration % 2 == 0 ? StandardCharsets.UTF_8 : CP1250;
            assertSame(encode(text.toString(), cs, iteration % 5 == 0), "large file " + iteration);
        }
        assertThat(byScanner).isGreaterThanOrEqualTo(6);
        assertThat(rowsCompared).isGreaterThan(300_000);
    }

    /**
     * A decoding error stops the library when its buffers are refilled, up to 73,744 characters
     * ahead of the row it is reading; the scanner must stop no later, or it would return rows the
     * library never returned. Bad bytes go at random places and right around the library's refills
     * (every 65,536 characters), read with the scanner's own buffer and with the smallest one its
     * guard allows, which refills it as late as it ever may.
     */
    @Test
    void bytesTheEncodingCannotDecodeFailOnTheSameRowAsBefore() throws Exception {
        Random rnd = new Random(4242);
        for (int iteration = 0; iteration < 48; iteration++) {
            char sep = SEPARATORS[rnd.nextInt(SEPARATORS.length)];
            int kind = iteration % 3;
            // ASCII text (one byte a character) except for Windows-1250, which needs Polish letters to be detected
            String text = randomCsv(rnd, sep, 6_000 + rnd.nextInt(kind == 2 ? 10_000 : 25_000), kind == 0, false);
            byte[] bytes;
            byte[] bad;
            int lead;
            int width;
            if (kind == 0) {
                // Windows-1250 (the Polish letters are not UTF-8) with a byte it leaves undefined
                bytes = encode(text, CP1250, false);
                bad = new byte[]{(byte) new int[]{0x81, 0x83, 0x88, 0x90, 0x98}[rnd.nextInt(5)]};
                lead = 0;
                width = 1;
            } else if (kind == 1) {
                // UTF-8 by the byte scan, but an overlong or surrogate sequence Java's decoder refuses
                boolean bom = rnd.nextBoolean();
                bytes = encode(text, StandardCharsets.UTF_8, bom);
                bad = rnd.nextBoolean() ? new byte[]{(byte) 0xE0, (byte) 0x80, (byte) 0x80}
                        : new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80};
                lead = bom ? 3 : 0;
                width = 1;
            } else {
                // UTF-16 with a lone surrogate
                bytes = encode(text, StandardCharsets.UTF_16LE, true);
                bad = new byte[]{0x00, (byte) 0xD8, 'a', 0};
                lead = 2;
                width = 2;
            }
            int chars = (bytes.length - lead) / width;
            int at = iteration % 2 == 0 ? rnd.nextInt(chars)
                    : Math.min(chars, (1 << 16) * (1 + rnd.nextInt(Math.max(1, chars >> 16))) + rnd.nextInt(9) - 4);
            int atByte = lead + at * width;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, atByte);
            out.writeBytes(bad);
            out.write(bytes, atByte, bytes.length - atByte);
            String what = "undecodable bytes, kind " + kind + ", at character " + at + " of " + chars;
            assertSame(out.toByteArray(), what);
            assertSame(out.toByteArray(), what + ", smallest buffer", CsvScanner.GUARD + 17 + rnd.nextInt(4096));
        }
        assertThat(byLibrary).as("files whose decoding error the library reported after the scanner's rows").isGreaterThan(40);
    }

    @Test
    void handPickedCases() throws Exception {
        String[] cases = {
                "a,b\n1,2", "a,b\n1,2\n", "a,b\r\n1,2\r\n\r\n", "a,b\r1,2\r\r3,4", "a,b\n1,\n", "a,b\n1,", "a,b\n,\n,",
                "a,b\n\"x\"\"y\",\"two\nlines\"\n3,4\n", "a,b\n\"x\"  ,y\n", "a,b\n\"x\" z,y\n", "a,b\n\"never closed\n",
                "a,b\n\n\n\n1,2\n\n", "\n\na,b\n1,2", "a,b\n  \n1,2", "a,b\n\"\"\n", "a,b\n\"\",\"\"\r\n", "a,\"b\"",
                "a,b\n1,\"x\r\ny\"\r\n2,3", "a,b\n1,\"x\r\"\n2,3", "a,b\n1,\"x\"\r", "a,b\nx\"y,z\n", "\"a\"\"\",b\n1,2\n",
                "\"unclosed header\n1,2\n", "\"a\"x,b\n1,2\n", "a;b\n1,5;2,5\n", "a\tb\n\"1\t2\"\t3\n", "a|b\n1|\"2|3\"\n",
                "a,b\n\"x\"\u2028,y\n", "a,b\n\"x\"\u00A0,y\n", "a,b\n1,2\n\"", "a,b\n1,2\n,\"",
        };
        for (String c : cases) {
            assertSame(c.getBytes(StandardCharsets.UTF_8), printable(c));
            assertSame(encode(c, StandardCharsets.UTF_16BE, true), "UTF-16 " + printable(c));
        }
    }

    static String printable(String s) {
        return s.length() > 2000 ? s.substring(0, 2000).replace("\r", "\\r").replace("\n", "\\n") + "..."
                : s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
