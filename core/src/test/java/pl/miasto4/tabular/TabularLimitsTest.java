package pl.miasto4.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 11: no file stops the service. Each limit of {@link TabularLimits} refuses a file with the
 * line (and column) where it was passed, and reading stays linear: the 20-million-digit number that
 * pinned a core for ten minutes is refused after its first mebibyte.
 */
class TabularLimitsTest {
    @TempDir
    Path dir;

    private static void readAll(RowSource rows) throws TabularException {
        while (rows.next() != null) {
            // reading is what is tested
        }
    }

    @Test
    void aTwentyMegabyteNumberIsRefusedAtItsLineWithoutParsingIt() throws Exception {
        Path file = dir.resolve("one-number.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("unit;indicator;period;value\nPL;GDP;2023;".getBytes(StandardCharsets.US_ASCII));
            byte[] digits = new byte[1 << 20];
            java.util.Arrays.fill(digits, (byte) '7');
            for (int i = 0; i < 20; i++) {
                out.write(digits);
            }
            out.write('\n');
        }
        assertThat(Files.size(file)).isGreaterThan(20_000_000);
        // generous: the quadratic parse this replaces took over ten minutes; the figure is in `bench`
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> {
                    try (RowSource rows = TabularReader.open(file, "one-number.csv")) {
                        readAll(rows);
                    }
                }).isInstanceOf(TabularException.class)
                        .hasMessage("one-number.csv: line 2: longer than the limit of 1,048,576 characters; is it a table?")
                        .satisfies(e -> assertThat(((TabularException) e).key()).isEqualTo("tabular.limit.line")));
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefusedWithLineAndColumn() throws Exception {
        Path file = dir.resolve("long-cell.csv");
        Files.writeString(file, "unit;indicator;period;value\nPL;GDP;2023;1\nPL;GDP;2024;" + "x".repeat(32_768) + "\n");
        assertThatThrownBy(() -> {
            try (RowSource rows = TabularReader.open(file, "long-cell.csv")) {
                readAll(rows);
            }
        }).isInstanceOf(TabularException.class)
                .hasMessage("long-cell.csv: line 3, value (column 4): a cell of 32,768 characters, longer than the limit of 32,767");
        // exactly at the limit is fine
        Files.writeString(file, "unit;indicator;period;value\nPL;GDP;2024;" + "x".repeat(32_767) + "\n");
        try (RowSource rows = TabularReader.open(file, "long-cell.csv")) {
            assertThat(rows.next().cell(3)).hasSize(32_767);
        }
    }

    @Test
    void aRowWithMoreCellsThanExcelHasColumnsIsRefused() throws Exception {
        Path file = dir.resolve("wide.csv");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("a;b\n1;2\n");
            w.write("1" + ";1".repeat(16_384) + "\n"); // 16,385 cells
        }
        assertThatThrownBy(() -> {
            try (RowSource rows = TabularReader.open(file, "wide.csv")) {
                readAll(rows);
            }
        }).isInstanceOf(TabularException.class).hasMessage("wide.csv: line 3: 16,385 cells, more than the limit of 16,384 per row");
    }

    @Test
    void numbersBeyondFortyDigitsOrTenToTheHundredAreRefused() {
        String forty = "1234567890".repeat(4);
        assertThat(NumberParser.parse(forty, DecimalMark.DOT).value()).isEqualTo(new BigDecimal(forty));
        NumberParser.Parsed tooMany = NumberParser.parse(forty + "1", DecimalMark.DOT);
        assertThat(tooMany.ok()).isFalse();
        assertThat(tooMany.error()).isEqualTo("a number of 41 digits; at most 40 are accepted");
        assertThat(tooMany.errorKey()).isEqualTo("tabular.limit.digits");
        // a 29-digit cost (the pb probe) parses; the long one is refused without echoing it whole
        assertThat(NumberParser.parse("12345678901234567890123456789", DecimalMark.DOT).ok()).isTrue();
        assertThat(NumberParser.parse("9".repeat(100_000), DecimalMark.DOT).error()).contains("100,000 digits");

        assertThat(NumberParser.parse("1e100", DecimalMark.DOT).value()).isEqualByComparingTo("1E+100");
        assertThat(NumberParser.parse("1e-100", DecimalMark.DOT).value()).isEqualByComparingTo("1E-100");
        for (String out : new String[] {"1e400", "1e101", "-2.5e300", "1e-101", "0.1e-100", "1e999999999"}) {
            NumberParser.Parsed p = NumberParser.parse(out, DecimalMark.DOT);
            assertThat(p.ok()).as(out).isFalse();
            assertThat(p.error()).as(out).contains("out of range").contains("10^100");
            assertThat(p.errorKey()).isEqualTo("tabular.limit.range");
        }
        // zero in any notation and ordinary numbers are untouched
        assertThat(NumberParser.parse("0e500", DecimalMark.DOT).value()).isEqualByComparingTo("0");
        assertThat(NumberParser.parse("-3,5", DecimalMark.COMMA).value()).isEqualByComparingTo("-3.5");
    }

    @Test
    void linesOfUtf8AndWindows1250MixedAreRefusedWhateverTheirProportions() throws Exception {
        // mostly Windows-1250 with one UTF-8 line: too few UTF-8 characters for the old 4:1 rule
        Charset cp1250 = Charset.forName("windows-1250");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write("miasto;wartość\n".getBytes(cp1250));
        bytes.write("Łódź;1\n".getBytes(StandardCharsets.UTF_8));
        for (String city : new String[] {"Gdańsk", "Kraków", "Częstochowa", "Świętochłowice", "Żory", "Bełchatów"}) {
            bytes.write((city + ";2\n").getBytes(cp1250));
        }
        Path file = dir.resolve("mixed.csv");
        Files.write(file, bytes.toByteArray());
        assertThatThrownBy(() -> TabularReader.open(file, "mixed.csv")).isInstanceOf(TabularException.class)
                .hasMessageContaining("mixed.csv: line 1").hasMessageContaining("mixes encodings")
                .satisfies(e -> assertThat(((TabularException) e).key()).isEqualTo("tabular.mixed_encoding"));
        // a whole Windows-1250 file, capitals included (PÓŁNOC is D3 A3 .., valid UTF-8 bytes), is still read
        Files.write(file, "miasto;wartość\nPÓŁNOC;1\nGdańsk;2\n".getBytes(cp1250));
        try (RowSource rows = TabularReader.open(file, "mixed.csv")) {
            assertThat(rows.next().cell(0)).isEqualTo("PÓŁNOC");
        }
    }

    @Test
    void workbookErrorsNameNoServerPath() {
        assertThat(XlsxRowSource.withoutPaths("Failed to read zip entry source /tmp/miasto-upload-8812/upload-123.xlsx: truncated"))
                .isEqualTo("Failed to read zip entry source [file]: truncated");
        assertThat(XlsxRowSource.withoutPaths("No valid entries or contents found, this is not a valid OOXML file"))
                .isEqualTo("No valid entries or contents found, this is not a valid OOXML file");
    }

    @Test
    void aTruncatedWorkbookIsRefusedWithoutItsPath() throws IOException {
        Path good = dir.resolve("good.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             OutputStream out = Files.newOutputStream(good)) {
            var sheet = wb.createSheet("data");
            for (int i = 0; i < 200; i++) {
                sheet.createRow(i).createCell(0).setCellValue("row " + i);
            }
            wb.write(out);
        }
        byte[] all = Files.readAllBytes(good);
        Path cut = dir.resolve("upload-4711.tmp");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> {
            try (RowSource rows = TabularReader.open(cut, "raport.xlsx")) {
                readAll(rows);
            }
        }).isInstanceOf(TabularException.class).hasMessageStartingWith("raport.xlsx: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(dir.toString()).doesNotContain("upload-4711"));
    }
}
