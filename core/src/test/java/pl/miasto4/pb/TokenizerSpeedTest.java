package pl.miasto4.pb;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the choice recorded in docs/pb.md: the whole pabulib reader (tokenizing, ballots, checks)
 * against Commons CSV merely splitting the same files into records. Run on demand:
 * {@code ./mvnw -q -pl core test -Dtest=TokenizerSpeedTest -Dpb.speed=DIR}.
 */
@EnabledIfSystemProperty(named = "pb.speed", matches = ".+")
class TokenizerSpeedTest {

    @Test
    void readerAgainstCommonsCsv() throws Exception {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(System.getProperty("pb.speed")))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pb")).sorted().toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"')
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        long mb = files.stream().mapToLong(b -> b.length).sum() / 1_000_000;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            long fields = 0;
            for (byte[] b : files) {
                try (CSVParser parser = CSVParser.parse(new StringReader(new String(b, StandardCharsets.UTF_8)), format)) {
                    for (CSVRecord r : parser) {
                        fields += r.size();
                    }
                } catch (Exception e) {
                    // a file Commons CSV cannot split (e.g. text after a closing quote) is skipped
                }
            }
            long t1 = System.nanoTime();
            long ballots = 0;
            for (byte[] b : files) {
                ballots += PabulibReader.read("x", b).profile().size();
            }
            long t2 = System.nanoTime();
            long ours = 0;
            for (byte[] b : files) {
                PabulibTokenizer t = new PabulibTokenizer("x", b);
                while (t.next()) {
                    ours += t.count();
                }
            }
            long t3 = System.nanoTime();
            System.out.printf("%d files, %d MB: Commons CSV records only %.2f s (%d fields); this tokenizer "
                            + "%.2f s (%d fields); pabulib reader, complete %.2f s (%d ballots)%n", files.size(), mb,
                    (t1 - t0) / 1e9, fields, (t3 - t2) / 1e9, ours, (t2 - t1) / 1e9, ballots);
        }
    }
}
