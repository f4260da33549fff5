package pl.miasto4.app.index;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.miasto4.app.indicator.Indicator;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.unit.TerritorialUnit;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.indicator.Dimension;
import pl.miasto4.index.Framework;
import pl.miasto4.index.Node;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of the codes of a build in the reader's language: indicators from the catalogue,
 * dimensions from the model, units from the register; otherwise the name the build stored
 * (an imported framework's iName).
 */
@Component
public class IndexLabels {
    private final IndicatorRepository indicators;
    private final UnitRepository units;
    private final MessageSource messages;

    public IndexLabels(IndicatorRepository indicators, UnitRepository units, MessageSource messages) {
        this.indicators = indicators;
        this.units = units;
        this.messages = messages;
    }

    /** A snapshot of the names needed for one build, in one language. */
    public Names names(Framework f, List<String> unitCodes, Map<String, String> storedUnitNames, Locale locale) {
        Map<String, String> byCode = new HashMap<>();
        Map<String, Indicator> catalogue = new HashMap<>();
        for (Indicator i : indicators.findAll()) {
            catalogue.put(i.code(), i);
        }
        for (Node n : f.nodes()) {
            byCode.put(n.code(), label(n, catalogue.get(n.code()), locale));
        }
        for (String d : f.denominators()) {
            Indicator i = catalogue.get(d);
            byCode.put(d, i == null ? d : i.name(locale));
        }
        Map<String, String> unitNames = new HashMap<>(storedUnitNames);
        if ("en".equals(locale.getLanguage())) {
            java.util.Set<String> wanted = new java.util.HashSet<>(unitCodes);
            for (TerritorialUnit t : units.findAll()) {
                if (wanted.contains(t.code())) {
                    unitNames.put(t.code(), t.name(locale));
                }
            }
        }
        Map<String, Indicator> used = new HashMap<>();
        f.indicatorCodes().forEach(c -> {
            if (catalogue.containsKey(c)) {
                used.put(c, catalogue.get(c));
            }
        });
        f.denominators().forEach(c -> {
            if (catalogue.containsKey(c)) {
                used.put(c, catalogue.get(c));
            }
        });
        return new Names(byCode, unitNames, used);
    }

    private String label(Node n, Indicator i, Locale locale) {
        if (n.isIndicator() && i != null) {
            return i.name(locale);
        }
        if (!n.isIndicator()) {
            var d = Dimension.fromCode(n.code());
            if (d.isPresent() && n.code().equals(d.get().code())) {
                return d.get().name(locale);
            }
            if (n.code().equals(StoreInputReader.UNCLASSIFIED)) {
                return messages.getMessage("dimension.unclassified", null, n.name(), locale);
            }
            if (n.code().equals(StoreInputReader.TOP) && n.parent() == null && "Indeks".equals(n.name())) {
                return messages.getMessage("index.top", null, n.name(), locale);
            }
        }
        return n.name() == null || n.name().isBlank() ? n.code() : n.name();
    }

    /** Names by code and the catalogue entries of the indicators (for units of measure and decimals). */
    public record Names(Map<String, String> codes, Map<String, String> units, Map<String, Indicator> indicators) {
        public String code(String c) {
            return codes.getOrDefault(c, c);
        }

        public String unit(String u) {
            return units.getOrDefault(u, u);
        }

        public Indicator indicator(String c) {
            return indicators.get(c);
        }
    }

    static Map<String, String> storedNames(StoreInput in) {
        Map<String, String> m = new HashMap<>();
        in.units().forEach(u -> m.put(u.code(), u.name()));
        return m;
    }

    /** Convenience for a run. */
    public Names names(IndexRun run, Locale locale) {
        return names(run.input().framework(), run.input().unitCodes(), storedNames(run.input()), locale);
    }
}
