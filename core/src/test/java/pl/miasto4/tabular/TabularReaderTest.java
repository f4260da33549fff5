package pl.miasto4.tabular;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabularReaderTest {
    static final String POLISH = "Zażółć gęślą jaźń ŻÓŁĆ Ęś";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static List<List<String>> rows(RowSource src) throws TabularException {
        List<List<String>> out = new ArrayList<>();
        pl.miasto4.tabular.Row r;
        while ((r = src.next()) != null) {
            out.add(r.cells());
        }
        return out;
    }

    @Test
    void windows1250WithSemicolonsAndDecimalCommas() throws Exception {
        String text = "miasto;wartość\r\nKraków;3,5\r\n" + POLISH + ";1 234,5\r\n";
        Path p = write("cp1250.csv", text.getBytes(Charset.forName("windows-1250")));
        try (RowSource src = TabularReader.open(p, "cp1250.csv")) {
            assertThat(src.header()).containsExactly("miasto", "wartość");
            assertThat(src.description()).contains("windows-1250").contains("';' separated").contains("decimal comma");
            assertThat(src.decimalMark()).isEqualTo(DecimalMark.COMMA);
            assertThat(rows(src)).containsExactly(List.of("Kraków", "3,5"), List.of(POLISH, "1 234,5"));
        }
    }

    /** The digest given to open has seen every byte when open returns: the hash an import records. */
    @Test
    void openFeedsTheDigestEveryByteOfTheFile() throws Exception {
        byte[] bom = "\uFEFFunit;value\nKraków;1\n".getBytes(StandardCharsets.UTF_8);
        byte[] big = ("unit;value\n" + ("Kraków;1,5\n").repeat(50_000)).getBytes(Charset.forName("windows-1250"));
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("data");
            s.createRow(0).createCell(0).setCellValue("unit");
            s.createRow(1).createCell(0).setCellValue("Kraków");
            wb.write(xlsx);
        }
        for (Path p : List.of(write("bom.csv", bom), write("big.csv", big), write("data.xlsx", xlsx.toByteArray()),
                write("utf16.csv", "\uFEFFunit;value\nŁódź;2\n".getBytes(StandardCharsets.UTF_16LE)))) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            try (RowSource src = TabularReader.open(p, p.getFileName().toString(), null, TabularReader.DEFAULT_MAX_BYTES, digest)) {
                assertThat(src.header()).as(p.toString()).contains("unit");
            }
            assertThat(digest.digest()).as(p.toString())
                    .isEqualTo(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        }
    }

    @Test
    void iso88592IsToldApartFromWindows1250() throws Exception {
        String text = "a;b\nąśź;ĄŚŹ\n";
        Path p = write("iso.csv", text.getBytes(Charset.forName("ISO-8859-2")));
        try (RowSource src = TabularReader.open(p, "iso.csv")) {
            assertThat(src.description()).contains("ISO-8859-2");
            assertThat(rows(src)).containsExactly(List.of("ąśź", "ĄŚŹ"));
        }
    }

    @Test
    void utf8WithBomAndQuotedSeparatorsAndNewlines() throws Exception {
        String text = "\uFEFFunit,name,value\n1261011,\"Kraków, miasto\",\"1,5\"\n1465011,\"two\nlines\",2\n0261011,x,3\n";
        Path p = write("bom.csv", text.getBytes(StandardCharsets.UTF_8));
        try (RowSource src = TabularReader.open(p, "bom.csv")) {
            assertThat(src.header()).containsExactly("unit", "name", "value");
            assertThat(src.description()).contains("UTF-8 with BOM").contains("',' separated");
            pl.miasto4.tabular.Row r1 = src.next();
            assertThat(r1.cells()).containsExactly("1261011", "Kraków, miasto", "1,5");
            assertThat(r1.line()).isEqualTo(2);
            pl.miasto4.tabular.Row r2 = src.next();
            assertThat(r2.cells().get(1)).isEqualTo("two\nlines");
            assertThat(r2.line()).isEqualTo(3);
            // the record after a two-line value starts on line 5 of the file
            assertThat(src.next().line()).isEqualTo(5);
        }
    }

    @Test
    void utf16FromExcelUnicodeText() throws Exception {
        byte[] body = "a\tb\nŁódź\t1,5\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        try (RowSource src = TabularReader.open(write("u16.txt", bytes), "u16.txt")) {
            assertThat(src.description()).contains("UTF-16LE").contains("'\\t' separated");
            assertThat(rows(src)).containsExactly(List.of("Łódź", "1,5"));
        }
    }

    @Test
    void xlsxNumbersDatesPercentagesAndGaps() throws Exception {
        Path p = dir.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Dane");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("unit");
            h.createCell(1).setCellValue("value");
            h.createCell(2).setCellValue("date");
            h.createCell(3).setCellValue("share");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("Łódź");
            r.createCell(1).setCellValue(0.1 + 0.2);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            var c = r.createCell(2);
            c.setCellValue(LocalDate.of(2023, 5, 17));
            c.setCellStyle(dateStyle);
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0%"));
            var d = r.createCell(3);
            d.setCellValue(0.12);
            d.setCellStyle(pct);
            Row r2 = s.createRow(3); // row 3 (1-based 4) with a gap in column B
            r2.createCell(0).setCellValue(2023);
            r2.createCell(2).setCellValue("text");
            wb.createSheet("iMeta").createRow(0).createCell(0).setCellValue("iCode");
            wb.write(out);
        }
        assertThat(TabularReader.sheetNames(p, "book.xlsx")).containsExactly("Dane", "iMeta");
        try (RowSource src = TabularReader.open(p, "book.xlsx")) {
            assertThat(src.header()).containsExactly("unit", "value", "date", "share");
            pl.miasto4.tabular.Row r = src.next();
            // 0.1 + 0.2 is stored as 0.30000000000000004; Excel shows 15 significant digits: 0.3
            assertThat(r.cells()).containsExactly("Łódź", "0.3", "2023-05-17", "12");
            pl.miasto4.tabular.Row r2 = src.next();
            assertThat(r2.line()).isEqualTo(4);
            assertThat(r2.cells()).containsExactly("2023", "", "text");
            assertThat(src.columnLabel(1)).isEqualTo("value (column B)");
            assertThat(src.next()).isNull();
        }
        try (RowSource meta = TabularReader.open(p, "book.xlsx", "imeta", TabularReader.DEFAULT_MAX_BYTES)) {
            assertThat(meta.header()).containsExactly("iCode");
        }
    }

    @Test
    void damagedAndForeignFilesGetAClearError() throws Exception {
        assertThatThrownBy(() -> TabularReader.open(write("empty.csv", new byte[0]), "empty.csv"))
                .isInstanceOf(TabularException.class).hasMessage("empty.csv: the file is empty");
        assertThatThrownBy(() -> TabularReader.open(write("blank.csv", "\n\n  \n".getBytes()), "blank.csv"))
                .isInstanceOf(TabularException.class).hasMessageContaining("no rows");
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 'x';
        assertThatThrownBy(() -> TabularReader.open(write("garbage.csv", garbage), "garbage.csv"))
                .isInstanceOf(TabularException.class).hasMessageContaining("binary data");
        assertThatThrownBy(() -> TabularReader.open(write("old.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2}), "old.xls"))
                .isInstanceOf(TabularException.class).hasMessageContaining(".xls").hasMessageContaining("save it as .xlsx or CSV");
        assertThatThrownBy(() -> TabularReader.open(write("doc.csv", "%PDF-1.7\n...".getBytes()), "doc.csv"))
                .isInstanceOf(TabularException.class).hasMessageContaining("PDF");
        // A real workbook cut in half, as an interrupted download leaves it.
        Path full = dir.resolve("full.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(full)) {
            Sheet s = wb.createSheet("x");
            for (int i = 0; i < 2000; i++) {
                s.createRow(i).createCell(0).setCellValue("row " + i);
            }
            wb.write(out);
        }
        byte[] bytes = Files.readAllBytes(full);
        Path cut = write("cut.xlsx", Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> {
            try (RowSource src = TabularReader.open(cut, "cut.xlsx")) {
                rows(src);
            }
        }).isInstanceOf(TabularException.class).hasMessageContaining("cut.xlsx").hasMessageContaining("damaged or incomplete");
    }

    @Test
    void filesAboveTheLimitAreRefusedBeforeReading() throws Exception {
        Path p = write("big.csv", "a,b\n1,2\n".repeat(1000).getBytes());
        assertThatThrownBy(() -> TabularReader.open(p, "big.csv", null, 1024))
                .isInstanceOf(TabularException.class).hasMessageContaining("larger than the import limit");
    }

    @Test
    void utf8WithPastedWindows1250IsRefusedWithTheLine() throws Exception {
        // A UTF-8 file into which a Windows-1250 line was pasted: reading it either way would corrupt
        // part of it, so it is refused, naming the first line that is not UTF-8.
        String utf8Part = "miasto;wartość\nŁódź;1\nGdańsk;2\nKraków;3\nŻory;4\n";
        byte[] a = utf8Part.getBytes(StandardCharsets.UTF_8);
        byte[] b = "Częstochowa;5\n".getBytes(Charset.forName("windows-1250"));
        byte[] bytes = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, bytes, a.length, b.length);
        assertThatThrownBy(() -> TabularReader.open(write("mixed.csv", bytes), "mixed.csv"))
                .isInstanceOf(TabularException.class)
                .hasMessageContaining("mixed.csv: line 6").hasMessageContaining("mixes encodings");
    }

    @Test
    void windows1250WithUppercaseThatLooksLikeUtf8IsStillWindows1250() throws Exception {
        // "PÓŁNOC" in Windows-1250 is D3 A3, which happens to be a valid UTF-8 pair; the many lone
        // Polish letters around it decide.
        String text = "nazwa;wartość\nDzielnica PÓŁNOC;1\nŚródmieście;2\nżółć;3\n";
        Path p = write("cp.csv", text.getBytes(Charset.forName("windows-1250")));
        try (RowSource src = TabularReader.open(p, "cp.csv")) {
            assertThat(src.description()).contains("windows-1250");
            assertThat(rows(src).get(0).get(0)).isEqualTo("Dzielnica PÓŁNOC");
        }
    }
}
