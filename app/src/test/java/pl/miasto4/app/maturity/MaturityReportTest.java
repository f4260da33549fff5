package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.report.MaturityReport;

import pl.miasto4.app.cli.ExitCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.MiastoCommand;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable report as a strategist gets it: {@code miasto maturity report} against the store,
 * PDF and HTML, Polish and English; the PDF's text is read back (so the font carries Polish letters).
 */
class MaturityReportTest extends StoreTest {
    @Autowired
    Environment env;
    @Autowired
    MaturityReport report;

    int run(StringWriter out, StringWriter err, String... args) {
        // the CLI opens its own application context on this test's database
        for (String key : new String[]{"miasto.home", "miasto.db.port", "miasto.db.url", "miasto.db.user", "miasto.db.password"}) {
            String v = env.getProperty(key);
            if (v != null) {
                System.setProperty(key, v);
            }
        }
        var cl = MiastoCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void theCommandWritesAPolishPdfWithTheProfileBenchmarkAndRoadmap(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("krakow.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "maturity", "report", "--city", "1261011", "--out", pdf.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("pdf report of Kraków 2025");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isBetween(4, 20);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Dojrzałość smart city: Kraków (2025)").contains("2,54")
                    .contains("Porównanie z innymi miastami").contains("Rzeszów").contains("Mapa drogowa")
                    .contains("Kompetencje i postawy ludzi").contains("report002");
            Files.copy(pdf, Path.of("target", "maturity-report-krakow-pl.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void englishHtmlByNameAndFormat(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "maturity", "report", "--city", "Lublin", "--lang", "en", "--format", "html",
                "--out", html.toString())).as(err.toString()).isZero();
        String text = Files.readString(html);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("lang=\"en\"").contains("Smart-city maturity: Lublin (2025)")
                .contains("<svg").contains("Compared with other cities").doesNotContain("??maturity");
        // Lublin's interview quotes 78 % of intersections in the ITS: the reading is in the report
        assertThat(text).contains("its_intersections_pct = 78.0");
    }

    @Test
    void aCityWithoutAnAssessmentIsRefusedAndABadOptionIsAUsageError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "maturity", "report", "--city", "Opole", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("no assessment of 'Opole' under model miasto40").contains("Kraków (1261011)");
        assertThat(run(new StringWriter(), new StringWriter(), "maturity", "report", "--city", "1261011", "--lang", "de",
                "--out", dir.resolve("x.pdf").toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void theEnglishPdfPrintsToo() throws Exception {
        long id = jdbc.sql("SELECT id FROM maturity_assessment WHERE code = 'demo-gdansk-2025'").query(Long.class).single();
        byte[] pdf = report.render(id, Locale.ENGLISH, MaturityReport.Format.pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Smart-city maturity: Gdańsk (2025)").contains("Rank with uncertainty");
        }
        Files.write(Path.of("target", "maturity-report-gdansk-en.pdf"), pdf);
    }
}
