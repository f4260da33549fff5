package pl.miasto4.app.opendata;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.miasto4.app.observation.ObservationCsv;
import pl.miasto4.app.observation.ObservationQuery;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a series (one indicator, one kind of unit) in the catalogue's formats, streaming from the store:
 * CSV as {@code miasto export} writes it (the import reads it back), its Polish-Excel variant, XLSX (streaming
 * workbook, a data sheet and a metadata sheet), JSON-stat 2.0 (values in row-major order of indicator × unit ×
 * period, {@code null} where a unit has no value for a period) and SDMX-CSV 1.0.
 */
@Component
public class SeriesFiles {
    private final OpenDataRepository repository;
    private final ObservationCsv csv;
    private final JsonMapper json;
    private final MessageSource messages;
    private final OpenDataSettings settings;

    public SeriesFiles(OpenDataRepository repository, ObservationCsv csv, JsonMapper json, MessageSource messages,
                       OpenDataSettings settings) {
        this.repository = repository;
        this.csv = csv;
        this.json = json;
        this.messages = messages;
        this.settings = settings;
    }

    public void write(OpenDataCatalogue.SeriesFormat format, OpenDataRepository.Series s, PublishedDataset d, String url,
                      OutputStream out) throws IOException {
        switch (format) {
            case CSV, CSV_PL -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                List<String> units = repository.unitsWithValues(s.indicator(), s.unitSet()).stream()
                        .map(OpenDataRepository.Unit::code).toList();
                csv.write(new ObservationQuery(units, List.of(s.indicator()), null, null, null, null, 0, Integer.MAX_VALUE), w,
                        format == OpenDataCatalogue.SeriesFormat.CSV ? ObservationCsv.Dialect.STANDARD : ObservationCsv.Dialect.EXCEL_PL);
                w.flush();
            }
            case XLSX_FILE -> xlsx(s, d, url, out);
            case JSON_STAT -> jsonStat(s, d, url, out);
            case SDMX_CSV -> sdmxCsv(s, d, out);
        }
    }

    private void xlsx(OpenDataRepository.Series s, PublishedDataset d, String url, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet data = wb.createSheet(messages.getMessage("opendata.xlsx.data", null, OpenDataCatalogue.PL));
            Row header = data.createRow(0);
            String[] columns = ObservationCsv.HEADER;
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            int[] r = {1};
            repository.rows(s.indicator(), s.unitSet(), row -> {
                Row x = data.createRow(r[0]++);
                x.createCell(0).setCellValue(row.unitCode());
                x.createCell(1).setCellValue(row.unitName());
                x.createCell(2).setCellValue(s.indicator());
                x.createCell(3).setCellValue(row.period());
                if (row.value() != null) {
                    x.createCell(4).setCellValue(row.value().doubleValue());
                }
                x.createCell(5).setCellValue(row.flags() == null ? "" : row.flags());
                x.createCell(6).setCellValue(row.source() == null ? "" : row.source());
            });
            Sheet meta = wb.createSheet(messages.getMessage("opendata.xlsx.meta", null, OpenDataCatalogue.PL));
            String[][] rows = {
                    {"opendata.xlsx.title", d.titlePl()},
                    {"opendata.xlsx.description", d.descriptionPl()},
                    {"opendata.xlsx.unit", s.measure()},
                    {"opendata.xlsx.source", s.source() == null ? "" : s.source()},
                    {"opendata.xlsx.publisher", settings.publisherName()},
                    {"opendata.xlsx.licence", settings.licenceUrl()},
                    {"opendata.xlsx.modified", d.modified().toString()},
                    {"opendata.xlsx.url", url}};
            for (int i = 0; i < rows.length; i++) {
                Row x = meta.createRow(i);
                x.createCell(0).setCellValue(messages.getMessage(rows[i][0], null, OpenDataCatalogue.PL));
                x.createCell(1).setCellValue(rows[i][1]);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private void jsonStat(OpenDataRepository.Series s, PublishedDataset d, String url, OutputStream out) {
        List<OpenDataRepository.Unit> units = repository.unitsWithValues(s.indicator(), s.unitSet());
        List<String> periods = repository.periods(s.indicator(), s.unitSet());
        Map<String, Integer> periodIndex = new LinkedHashMap<>();
        periods.forEach(p -> periodIndex.put(p, periodIndex.size()));
        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        units.forEach(u -> unitIndex.put(u.code(), unitIndex.size()));
        Map<Long, String> status = new LinkedHashMap<>();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("version", "2.0");
            g.writeStringProperty("class", "dataset");
            g.writeStringProperty("href", url);
            g.writeStringProperty("label", d.titlePl());
            g.writeStringProperty("source", s.source() == null ? settings.publisherName() : s.source());
            g.writeStringProperty("updated", d.modified().toInstant().toString());
            g.writeArrayPropertyStart("id");
            g.writeString("indicator");
            g.writeString("unit");
            g.writeString("period");
            g.writeEndArray();
            g.writeArrayPropertyStart("size");
            g.writeNumber(1);
            g.writeNumber(units.size());
            g.writeNumber(periods.size());
            g.writeEndArray();
            g.writeObjectPropertyStart("role");
            g.writeArrayPropertyStart("time");
            g.writeString("period");
            g.writeEndArray();
            g.writeArrayPropertyStart("geo");
            g.writeString("unit");
            g.writeEndArray();
            g.writeArrayPropertyStart("metric");
            g.writeString("indicator");
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectPropertyStart("dimension");
            g.writeObjectPropertyStart("indicator");
            g.writeStringProperty("label", messages.getMessage("opendata.dim.indicator", null, OpenDataCatalogue.PL));
            g.writeObjectPropertyStart("category");
            g.writeObjectPropertyStart("index");
            g.writeNumberProperty(s.indicator(), 0);
            g.writeEndObject();
            g.writeObjectPropertyStart("label");
            g.writeStringProperty(s.indicator(), s.namePl());
            g.writeEndObject();
            g.writeObjectPropertyStart("unit");
            g.writeObjectPropertyStart(s.indicator());
            g.writeStringProperty("label", s.measure());
            g.writeNumberProperty("decimals", s.decimals());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectPropertyStart("unit");
            g.writeStringProperty("label", messages.getMessage("opendata.dim.unit", null, OpenDataCatalogue.PL));
            g.writeObjectPropertyStart("category");
            g.writeObjectPropertyStart("index");
            for (OpenDataRepository.Unit u : units) {
                g.writeNumberProperty(u.code(), unitIndex.get(u.code()));
            }
            g.writeEndObject();
            g.writeObjectPropertyStart("label");
            for (OpenDataRepository.Unit u : units) {
                g.writeStringProperty(u.code(), u.name());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectPropertyStart("period");
            g.writeStringProperty("label", messages.getMessage("opendata.dim.period", null, OpenDataCatalogue.PL));
            g.writeObjectPropertyStart("category");
            g.writeObjectPropertyStart("index");
            for (Map.Entry<String, Integer> p : periodIndex.entrySet()) {
                g.writeNumberProperty(p.getKey(), p.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            // values in row-major order (unit, then period); a cell with no value is null
            g.writeArrayPropertyStart("value");
            long[] next = {0};
            int p = periods.size();
            repository.rows(s.indicator(), s.unitSet(), row -> {
                long at = (long) unitIndex.get(row.unitCode()) * p + periodIndex.get(row.period());
                while (next[0] < at) {
                    g.writeNull();
                    next[0]++;
                }
                if (row.value() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(row.value());
                }
                if (row.flags() != null && !row.flags().isEmpty()) {
                    status.put(at, row.flags());
                }
                next[0]++;
            });
            while (next[0] < (long) units.size() * p) {
                g.writeNull();
                next[0]++;
            }
            g.writeEndArray();
            if (!status.isEmpty()) {
                g.writeObjectPropertyStart("status");
                status.forEach((k, v) -> g.writeStringProperty(String.valueOf(k), v));
                g.writeEndObject();
            }
            g.writeObjectPropertyStart("extension");
            g.writeStringProperty("dataset", d.id());
            g.writeStringProperty("license", settings.licenceUrl());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** SDMX-CSV 1.0: the dataflow, the dimensions, TIME_PERIOD, OBS_VALUE, then the attributes. */
    private void sdmxCsv(OpenDataRepository.Series s, PublishedDataset d, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n")
                .setHeader("DATAFLOW", "INDICATOR", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS",
                        "UNIT_MEASURE").get());
        String flow = "MIASTO4:" + d.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "(1.0)";
        try {
            repository.rows(s.indicator(), s.unitSet(), row -> {
                String flags = row.flags() == null ? "" : row.flags();
                try {
                    printer.printRecord(flow, s.indicator(), row.unitCode(), row.period(), plain(row.value()),
                            obsStatus(flags), flags.contains("c") ? "C" : "F", s.measure());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    /** SDMX code list CL_OBS_STATUS: B break, E estimated, P provisional, A normal. */
    static String obsStatus(String flags) {
        if (flags.contains("b")) {
            return "B";
        }
        if (flags.contains("e")) {
            return "E";
        }
        if (flags.contains("p")) {
            return "P";
        }
        return "A";
    }
}
