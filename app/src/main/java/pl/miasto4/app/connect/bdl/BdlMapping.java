package pl.miasto4.app.connect.bdl;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which catalogue indicator a BDL variable feeds, kept as data ({@code connect/bdl/mapping.csv}):
 * subgroup id, the variable's labels below the subgroup (joined by {@code " | "}), the unit of
 * measure GUS gives, the indicator, the factor that converts GUS's unit into the indicator's, and the
 * variable's id in the BDL API where it has been checked against a published API call.
 */
final class BdlMapping {
    static final String RESOURCE = "/connect/bdl/mapping.csv";

    /** One mapped variable; an empty measure matches any. */
    record Entry(String subgroup, String variable, String measure, String indicator, BigDecimal factor, Long variableId) {
    }

    private final List<Entry> entries;

    BdlMapping(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static BdlMapping load() {
        try (InputStream in = BdlMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            List<Entry> entries = new ArrayList<>();
            try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (CSVRecord r : p) {
                    entries.add(new Entry(r.get("subgroup").strip(), r.get("variable").strip(), r.get("measure").strip(),
                            r.get("indicator").strip(), new BigDecimal(r.get("factor").strip()),
                            r.get("bdl_variable_id").isBlank() ? null : Long.valueOf(r.get("bdl_variable_id").strip())));
                }
            }
            return new BdlMapping(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * The indicator of a variable: a user's mapping first ({@code P2392:ogółem=INDICATOR}, or
     * {@code P2392=INDICATOR} for every variable of the subgroup), then the mapping file.
     */
    Optional<Entry> find(String subgroup, String variable, String measure, Map<String, String> overrides) {
        String indicator = overrides.get(VariableKey.of(subgroup, variable));
        if (indicator == null) {
            indicator = overrides.get(VariableKey.normalise(subgroup));
        }
        if (indicator != null) {
            return Optional.of(new Entry(subgroup, variable, measure, indicator, BigDecimal.ONE, null));
        }
        return entries.stream()
                .filter(e -> e.subgroup().equalsIgnoreCase(subgroup == null ? "" : subgroup))
                .filter(e -> e.variable().toLowerCase(Locale.ROOT).equals(variable.toLowerCase(Locale.ROOT)))
                .filter(e -> e.measure().isEmpty() || e.measure().equalsIgnoreCase(measure))
                .findFirst();
    }
}
