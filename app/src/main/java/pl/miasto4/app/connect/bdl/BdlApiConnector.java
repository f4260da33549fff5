package pl.miasto4.app.connect.bdl;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import pl.miasto4.app.connect.RunLog;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;
import pl.miasto4.app.importing.SourceOptions;
import pl.miasto4.indicator.io.bdl.BdlUnitCode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The GUS BDL API as a source, in the connector's shape: fetch (for each mapped indicator with a
 * checked API variable id, {@link BdlApiClient}, paged, with retries) → validate (the answer's shape,
 * numbers) → map (units by their 12-digit BDL ids turned into TERYT codes, variables through
 * {@code connect/bdl/mapping.csv}) → the store's all-or-nothing import → run log ({@code bdl-api}).
 * Incremental: only the years not yet stored for every asked unit are requested.
 */
@Service
public class BdlApiConnector {
    public static final String NAME = "bdl-api";

    private final BdlMapping mapping = BdlMapping.load();
    private final BdlCatalogueRepository store;
    private final ImportService imports;
    private final RunLog runLog;
    private final JsonMapper json;
    private final String baseUrl;
    private final String apiKey;
    private final long backoffMillis;
    private final int pageSize;

    public BdlApiConnector(BdlCatalogueRepository store, ImportService imports, RunLog runLog, JsonMapper json,
                           @Value("${miasto.connect.bdl.url:https://bdl.stat.gov.pl/api/v1}") String baseUrl,
                           @Value("${MIASTO_BDL_API_KEY:}") String apiKey,
                           @Value("${miasto.connect.bdl.backoff-ms:2000}") long backoffMillis,
                           @Value("${miasto.connect.bdl.page-size:" + BdlApiClient.PAGE_SIZE + "}") int pageSize) {
        this.store = store;
        this.imports = imports;
        this.runLog = runLog;
        this.json = json;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.backoffMillis = backoffMillis;
        this.pageSize = pageSize;
    }

    /** What a run did: the import's report (null when nothing was fetched), the requests made, and why it failed. */
    public record Outcome(ImportReport report, int requests, List<String> notes, String failure) {
        public boolean failed() {
            return failure != null || report != null && report.rejected();
        }
    }

    public Outcome run(List<String> unitCodes, List<String> indicatorCodes, Integer from, boolean dryRun, String user,
                       Locale locale) {
        Instant started = Instant.now();
        String source = "BDL API units " + String.join(",", unitCodes)
                + (indicatorCodes.isEmpty() ? "" : " indicators " + String.join(",", indicatorCodes))
                + (from == null ? "" : " from " + from);
        List<String> notes = new ArrayList<>();
        BdlApiClient client = new BdlApiClient(baseUrl, apiKey, json, backoffMillis, 5, pageSize);
        Path file = null;
        try {
            Map<String, BdlCatalogueRepository.Unit> units = new LinkedHashMap<>();
            for (String u : unitCodes) {
                units.put(u, store.unit(u).orElseThrow(() -> new BdlApiClient.BdlApiException("unknown unit " + u)));
            }
            List<BdlMapping.Entry> entries = mapping.entries().stream().filter(e -> e.variableId() != null)
                    .filter(e -> indicatorCodes.isEmpty() || indicatorCodes.contains(e.indicator())).toList();
            for (String i : indicatorCodes) {
                if (entries.stream().noneMatch(e -> e.indicator().equals(i))) {
                    throw new BdlApiClient.BdlApiException("indicator " + i + " has no checked BDL API variable in "
                            + BdlMapping.RESOURCE + " (those that have: " + String.join(", ", mapping.entries().stream()
                            .filter(e -> e.variableId() != null).map(BdlMapping.Entry::indicator).toList()) + ")");
                }
            }
            List<String> codes = units.values().stream().map(BdlCatalogueRepository.Unit::code).distinct().toList();
            Map<Integer, List<String>> byLevel = new LinkedHashMap<>();
            units.values().forEach(u -> byLevel.computeIfAbsent(level(u.kind()), k -> new ArrayList<>()).add(u.code()));
            int thisYear = Year.now().getValue();
            List<String[]> rows = new ArrayList<>();
            for (BdlMapping.Entry e : entries) {
                Set<Integer> stored = store.yearsStoredForAll(codes, e.indicator());
                Set<Integer> years = new TreeSet<>();
                int first = from != null ? from : stored.isEmpty() ? -1 : stored.stream().mapToInt(Integer::intValue).max().getAsInt() + 1;
                if (first > 0) {
                    for (int y = first; y <= thisYear; y++) {
                        if (!stored.contains(y)) {
                            years.add(y);
                        }
                    }
                    if (years.isEmpty()) {
                        notes.add(e.indicator() + " (variable " + e.variableId() + "): every year from " + first + " is stored; nothing requested");
                        continue;
                    }
                }
                for (Map.Entry<Integer, List<String>> level : byLevel.entrySet()) {
                    int n = 0;
                    for (BdlApiClient.ApiValue v : client.byVariable(e.variableId(), level.getKey(), years)) {
                        String teryt = BdlUnitCode.normalise(v.unitId());
                        String code = teryt == null ? null : store.unit(teryt).map(BdlCatalogueRepository.Unit::code).orElse(null);
                        if (code == null || !level.getValue().contains(code) || (first > 0 && !years.contains(v.year()))) {
                            continue;
                        }
                        BigDecimal value = v.value().multiply(e.factor());
                        rows.add(new String[]{code, e.indicator(), Integer.toString(v.year()),
                                value.scale() > 0 ? value.stripTrailingZeros().toPlainString() : value.toPlainString(),
                                "GUS BDL API, variable " + e.variableId() + ": " + v.request() + " (fetched " + started + ")"});
                        n++;
                    }
                    notes.add(e.indicator() + " (variable " + e.variableId() + ", level " + level.getKey() + "): " + n + " values"
                            + (years.isEmpty() ? ", all years" : ", years " + years.iterator().next() + "–" + ((TreeSet<Integer>) years).last()));
                }
            }
            notes.add(client.requests() + " HTTP requests");
            if (rows.isEmpty()) {
                return new Outcome(null, client.requests(), notes, null);
            }
            file = write(rows);
            ImportOptions options = new ImportOptions(dryRun, user, null, null, null, null);
            ImportReport report = imports.importFile(file, source, options, SourceOptions.none(locale), NAME);
            return new Outcome(report, client.requests(), notes, null);
        } catch (BdlApiClient.BdlApiException e) {
            runLog.failed(NAME, source, user, started, e.getMessage());
            return new Outcome(null, client.requests(), notes, e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    /** The BDL unit level of a store unit's kind: 0 Poland, 2 voivodeship, 5 powiat (cities with powiat rights), 6 gmina. */
    static int level(String kind) {
        return switch (kind) {
            case "country" -> 0;
            case "voivodeship" -> 2;
            case "gmina" -> 6;
            default -> 5;
        };
    }

    private static Path write(List<String[]> rows) {
        try {
            Path out = Files.createTempFile("miasto-bdl-api-", ".csv");
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                         .setHeader("unit", "indicator", "period", "value", "source").get())) {
                for (String[] r : rows) {
                    p.printRecord((Object[]) r);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
