package pl.miasto4.app.opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.miasto4.app.StoreTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files of a series over real HTTP, each read back and compared with the store's values as the SQL view
 * {@code observation} gives them (not with the writer's own output): CSV, the Polish-Excel CSV, XLSX, JSON-stat
 * 2.0 (decoded by the spec's row-major rule) and SDMX-CSV; ETag and 304; 404 problems.
 */
class SeriesFilesStoreTest extends StoreTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ID = "ind-population_total-voivodeship_capitals";
    static final JsonMapper JSON = JsonMapper.builder().build();

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** unit|period → value, from the store's view, for the 18 voivodeship capitals. */
    Map<String, BigDecimal> expected() {
        Map<String, BigDecimal> m = new HashMap<>();
        jdbc.sql("SELECT unit_code, period, value FROM observation WHERE indicator_code = 'population_total' AND unit_code = ANY(?)")
                .param(OpenDataCatalogue.UNIT_SETS.get(0).members().toArray(String[]::new))
                .query(rs -> {
                    m.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3));
                });
        return m;
    }

    static Map<String, BigDecimal> csv(String text, char delimiter, boolean decimalComma) throws Exception {
        Map<String, BigDecimal> m = new HashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            String v = r.get("value");
            m.put(r.get("unit_code") + "|" + r.get("period"), new BigDecimal(decimalComma ? v.replace(',', '.') : v));
        }
        return m;
    }

    @Test
    void everyFormatCarriesTheStoresValues() throws Exception {
        Map<String, BigDecimal> expected = expected();
        assertThat(expected).hasSizeGreaterThan(18); // 18 capitals, several years each

        HttpResponse<byte[]> plain = get("/opendata/datasets/" + ID + "/data.csv");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv(new String(plain.body(), StandardCharsets.UTF_8), ',', false)).isEqualTo(expected);

        HttpResponse<byte[]> pl = get("/opendata/datasets/" + ID + "/data-pl.csv");
        byte[] b = pl.body();
        assertThat(new byte[]{b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF); // UTF-8 BOM for Excel
        String plText = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertThat(plText.lines().findFirst().orElseThrow()).contains(";");
        assertThat(csv(plText, ';', true)).isEqualTo(expected);
        assertThat(plText).contains("Kraków"); // Polish letters survive

        HttpResponse<byte[]> xlsx = get("/opendata/datasets/" + ID + "/data.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        Map<String, BigDecimal> fromXlsx = new HashMap<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheet("dane");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                fromXlsx.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(3).getStringCellValue(),
                        BigDecimal.valueOf(row.getCell(4).getNumericCellValue()));
            }
            assertThat(wb.getSheet("metadane").getRow(0).getCell(1).getStringCellValue()).contains("miasta wojewódzkie");
        }
        assertThat(fromXlsx).hasSameSizeAs(expected);
        fromXlsx.forEach((k, v) -> assertThat(v).as(k).isEqualByComparingTo(expected.get(k)));

        HttpResponse<byte[]> sdmx = get("/opendata/datasets/" + ID + "/data.sdmx.csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(sdmx.body(), StandardCharsets.UTF_8))).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames()).startsWith("DATAFLOW", "INDICATOR", "REF_AREA",
                "TIME_PERIOD", "OBS_VALUE");
        Map<String, BigDecimal> fromSdmx = new HashMap<>();
        records.forEach(r -> fromSdmx.put(r.get("REF_AREA") + "|" + r.get("TIME_PERIOD"), new BigDecimal(r.get("OBS_VALUE"))));
        assertThat(fromSdmx).isEqualTo(expected);
        assertThat(records.get(0).get("DATAFLOW")).isEqualTo("MIASTO4:IND_POPULATION_TOTAL_VOIVODESHIP_CAPITALS(1.0)");

        JsonNode stat = JSON.readTree(get("/opendata/datasets/" + ID + "/data.jsonstat.json").body());
        assertThat(decode(stat)).isEqualTo(expected);
    }

    /**
     * A JSON-stat 2.0 dataset decoded by the format's rule (json-stat.org/format, "value"): the values are in
     * row-major order of the dimensions listed in "id", so the cell (i₀, i₁, i₂) is at ((i₀·s₁)+i₁)·s₂+i₂.
     */
    static Map<String, BigDecimal> decode(JsonNode stat) {
        assertThat(stat.get("version").asString()).isEqualTo("2.0");
        assertThat(stat.get("class").asString()).isEqualTo("dataset");
        List<String> ids = stat.get("id").valueStream().map(JsonNode::asString).toList();
        assertThat(ids).containsExactly("indicator", "unit", "period");
        int units = stat.get("size").get(1).asInt();
        int periods = stat.get("size").get(2).asInt();
        Map<String, BigDecimal> m = new HashMap<>();
        JsonNode unitIndex = stat.get("dimension").get("unit").get("category").get("index");
        JsonNode periodIndex = stat.get("dimension").get("period").get("category").get("index");
        assertThat(unitIndex.size()).isEqualTo(units);
        assertThat(stat.get("value").size()).isEqualTo(units * periods);
        for (String u : unitIndex.propertyNames()) {
            for (String p : periodIndex.propertyNames()) {
                JsonNode v = stat.get("value").get((0 * units + unitIndex.get(u).asInt()) * periods + periodIndex.get(p).asInt());
                if (!v.isNull()) {
                    m.put(u + "|" + p, v.decimalValue());
                }
            }
        }
        return m;
    }

    @Test
    void theDecoderFollowsTheSpecOnAHandCheckedExample() throws Exception {
        // 1 indicator × 2 units × 3 periods; by hand: (A, 2021) is value[1], (B, 2020) is value[3], (B, 2022) value[5];
        // (A, 2022) has no value (null)
        JsonNode example = JSON.readTree("""
                {"version":"2.0","class":"dataset","id":["indicator","unit","period"],"size":[1,2,3],
                 "dimension":{"indicator":{"category":{"index":{"x":0}}},
                              "unit":{"category":{"index":{"A":0,"B":1}}},
                              "period":{"category":{"index":{"2020":0,"2021":1,"2022":2}}}},
                 "value":[10,11,null,20,21,22]}""");
        assertThat(decode(example)).isEqualTo(Map.of("A|2020", new BigDecimal("10"), "A|2021", new BigDecimal("11"),
                "B|2020", new BigDecimal("20"), "B|2021", new BigDecimal("21"), "B|2022", new BigDecimal("22")));
    }

    @Test
    void anUnchangedFileIsAnsweredNotModified() throws Exception {
        HttpResponse<byte[]> first = get("/opendata/datasets/" + ID + "/data.csv");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        HttpResponse<byte[]> again = get("/opendata/datasets/" + ID + "/data.csv", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // another format of the same series has another tag
        String xlsxTag = get("/opendata/datasets/" + ID + "/data.xlsx").headers().firstValue("ETag").orElseThrow();
        assertThat(xlsxTag).isNotEqualTo(etag);
        assertThat(get("/opendata/datasets/" + ID + "/data.csv", "If-None-Match", xlsxTag).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownDatasetOrFormatIsA404Problem() throws Exception {
        for (String path : List.of("/opendata/datasets/no-such-series/data.csv", "/opendata/datasets/" + ID + "/data.parquet")) {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("detail").asString()).contains(path.contains("parquet") ? "data.parquet" : "no-such-series");
        }
    }
}
