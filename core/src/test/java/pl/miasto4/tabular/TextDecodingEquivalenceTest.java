package pl.miasto4.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextDecoding#detect} (whose scan skips ASCII runs and counts the line of the first invalid
 * byte only when it needs it) finds the same encoding, BOM and mixed-encoding message, line
 * included, as the detection before it ({@link ReferenceTextDecoding}) on random mixtures of ASCII,
 * UTF-8, Windows-1250, ISO-8859-2 and stray bytes, small and across the scan's 64 KiB reads.
 */
class TextDecodingEquivalenceTest {

    @TempDir
    Path dir;

    private static final String POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

    static String outcome(Path p, boolean reference) {
        try {
            if (reference) {
                ReferenceTextDecoding.Detected d = ReferenceTextDecoding.detect(p);
                return d.charset() + " bom " + d.bomLength();
            }
            TextDecoding.Detected d = TextDecoding.detect(p);
            return d.charset() + " bom " + d.bomLength();
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    static byte[] randomBytes(Random rnd, int pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (rnd.nextInt(10) == 0) {
            out.writeBytes(new byte[][]{{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
                    {(byte) 0xFE, (byte) 0xFF}}[rnd.nextInt(3)]);
        }
        // most files are mostly one thing, with a few bytes of another
        int main = rnd.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            int k = rnd.nextInt(100) < 85 ? main : rnd.nextInt(7);
            switch (k) {
                case 0 -> out.writeBytes(("row " + rnd.nextInt(1000) + ";x,y\n").getBytes(StandardCharsets.US_ASCII));
                case 1 -> out.writeBytes((POLISH.charAt(rnd.nextInt(POLISH.length())) + (rnd.nextBoolean() ? "€" : "😀")
                        + "a\n").getBytes(StandardCharsets.UTF_8));
                case 2 -> out.writeBytes(("" + POLISH.charAt(rnd.nextInt(POLISH.length())) + " b").getBytes(Charset.forName("windows-1250")));
                case 3 -> out.writeBytes(("" + POLISH.charAt(rnd.nextInt(POLISH.length())) + "\n").getBytes(Charset.forName("ISO-8859-2")));
                case 4 -> out.write(0x80 + rnd.nextInt(128));
                case 5 -> {
                    // a multi-byte sequence cut short
                    byte[] b = "ż€😀".getBytes(StandardCharsets.UTF_8);
                    int from = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(b.length);
                    out.write(b, from, 1 + rnd.nextInt(b.length - from));
                }
                default -> out.write('\n');
            }
        }
        return out.toByteArray();
    }

    @Test
    void detectsTheSameEncodingAndMessages() throws Exception {
        Random rnd = new Random(1250);
        Path p = dir.resolve("t.csv");
        int mixed = 0;
        for (int i = 0; i < 6000; i++) {
            byte[] bytes = randomBytes(rnd, i % 100 == 0 ? 40_000 + rnd.nextInt(40_000) : rnd.nextInt(60));
            Files.write(p, bytes);
            String expected = outcome(p, true);
            assertThat(outcome(p, false)).as("case %d, %d bytes", i, bytes.length).isEqualTo(expected);
            if (expected.contains("mixes encodings")) {
                mixed++;
            }
        }
        assertThat(mixed).as("mixed-encoding files among the cases").isGreaterThan(100);
    }

    @Test
    void sequencesAcrossTheScansReadsAndAtTheEnd() throws Exception {
        Path p = dir.resolve("t.csv");
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        int mixed = 0;
        for (int at = (1 << 16) - 4; at <= (1 << 16) + 4; at++) {
            for (int cut = 0; cut <= 3; cut++) {
                // valid UTF-8 with line breaks, then a sequence (whole or cut) right at the end of the first read
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                while (out.size() < at) {
                    out.writeBytes(out.size() % 97 == 0 && out.size() + 2 <= at ? "ż".getBytes(StandardCharsets.UTF_8)
                            : new byte[]{(byte) (out.size() % 50 == 49 ? '\n' : 'a')});
                }
                out.write(euro, 0, cut);
                out.writeBytes("x\ny\n".getBytes(StandardCharsets.US_ASCII));
                byte[] bytes = out.toByteArray();
                Files.write(p, bytes);
                String expected = outcome(p, true);
                assertThat(outcome(p, false)).as("at %d cut %d", at, cut).isEqualTo(expected);
                mixed += expected.contains("mixes encodings") ? 1 : 0;
                Files.write(p, java.util.Arrays.copyOf(bytes, out.size() - 4));
                expected = outcome(p, true);
                assertThat(outcome(p, false)).as("ending at %d cut %d", at, cut).isEqualTo(expected);
                mixed += expected.contains("mixes encodings") ? 1 : 0;
            }
        }
        assertThat(mixed).isGreaterThan(20);
    }
}
