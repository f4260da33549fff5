package pl.miasto4.app.connect.bdl;

import org.apache.commons.csv.CSVRecord;
import pl.miasto4.indicator.io.Catalogue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The default catalogue as the store loads it (units with their alias codes, indicators with their ranges), without a database. */
final class DefaultCatalogue implements Catalogue {
    private final Map<String, String> units = new HashMap<>();
    private final Map<String, IndicatorRule> indicators = new HashMap<>();

    static DefaultCatalogue load() throws IOException {
        DefaultCatalogue c = new DefaultCatalogue();
        for (CSVRecord r : BdlRawFilesTest.csv(resource("/catalogue/units.csv"))) {
            c.units.put(r.get("code"), r.get("code"));
            for (String a : r.get("aliases").split("\\|")) {
                if (!a.isBlank()) {
                    c.units.putIfAbsent(a.toLowerCase(Locale.ROOT), r.get("code"));
                }
            }
        }
        for (CSVRecord r : BdlRawFilesTest.csv(resource("/catalogue/indicators.csv"))) {
            c.indicators.put(r.get("code"), new IndicatorRule(r.get("code"), number(r.get("min_value")), number(r.get("max_value"))));
        }
        return c;
    }

    private static BigDecimal number(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    private static Path resource(String name) {
        try {
            return Path.of(DefaultCatalogue.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<String> resolveUnit(String codeOrName) {
        return Optional.ofNullable(units.getOrDefault(codeOrName, units.get(codeOrName.toLowerCase(Locale.ROOT))));
    }

    @Override
    public Optional<IndicatorRule> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }
}
