package pl.miasto4.app.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import pl.miasto4.indicator.Period;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an index is built from when its data come from the store instead of iData/iMeta files:
 * either an imported framework (COINr iMeta layout, table {@code index_framework}) or a set of
 * catalogue indicators (directions from their polarity, equal weights unless given, one level or
 * grouped by the nine dimensions); the units; and the period rule.
 *
 * <p>Period rule: {@code latest} takes, for each unit and indicator, the most recent value whose
 * period starts on or before the end of {@code period} (and, with {@code from}, not before the
 * start of {@code from}); {@code exact} takes only values of that very period. A unit with no
 * such value has a missing value, which the recipe handles (imputation, or aggregation over the
 * values present); nothing is filled in silently.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A selection from the indicator store: a framework or catalogue indicators, units and a period rule.")
public record StoreSelection(
        @Schema(description = "Code of an imported index framework (e.g. asem); leave empty to choose catalogue indicators")
        String framework,
        @Schema(description = "Catalogue indicators, when no framework is given")
        List<IndicatorChoice> indicators,
        @Schema(description = "Catalogue indicators only: 'dimensions' (indicators → the nine dimensions → index, default) or 'flat' (indicators → index)",
                allowableValues = {"dimensions", "flat"})
        String grouping,
        @Schema(description = "Unit codes (TERYT or imported codes); empty: all units of unitKind, or every unit with data")
        List<String> units,
        @Schema(description = "All units of this kind, e.g. city_county (the 66 cities with county rights)")
        String unitKind,
        @Schema(description = "Period, e.g. 2022", requiredMode = Schema.RequiredMode.REQUIRED)
        String period,
        @Schema(description = "'latest' (default): latest value up to the period; 'exact': values of that period only",
                allowableValues = {"latest", "exact"})
        String periodMode,
        @Schema(description = "With 'latest': ignore values older than this period (e.g. 2015)")
        String from,
        @Schema(description = "Read the store as it was at this moment (default: now)")
        OffsetDateTime asOf) {

    public static final Set<String> GROUPINGS = Set.of("dimensions", "flat");
    public static final Set<String> MODES = Set.of("latest", "exact");

    /**
     * One catalogue indicator of the index.
     *
     * @param direction   +1 or −1; default from the catalogue's polarity (required for a neutral indicator)
     * @param weight      weight within its parent (default 1)
     * @param denominator code of a catalogue indicator to divide by in a {@code denominate} step (e.g. population_total)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A catalogue indicator with optional direction, weight and denominator")
    public record IndicatorChoice(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code, Integer direction,
                                  Double weight, String denominator) {
        public static IndicatorChoice of(String code) {
            return new IndicatorChoice(code, null, null, null);
        }
    }

    public StoreSelection {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        units = units == null ? List.of() : units.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        framework = blankToNull(framework);
        unitKind = blankToNull(unitKind);
        period = blankToNull(period);
        from = blankToNull(from);
        grouping = blankToNull(grouping);
        periodMode = blankToNull(periodMode);
    }

    public boolean fromFramework() {
        return framework != null;
    }

    public String groupingOrDefault() {
        return grouping == null ? "dimensions" : grouping;
    }

    public String modeOrDefault() {
        return periodMode == null ? "latest" : periodMode;
    }

    public boolean exact() {
        return "exact".equals(modeOrDefault());
    }

    public Period periodValue() {
        return Period.parse(period).period();
    }

    public Period fromValue() {
        return from == null ? null : Period.parse(from).period();
    }

    public StoreSelection withAsOf(OffsetDateTime t) {
        return new StoreSelection(framework, indicators, grouping, units, unitKind, period, periodMode, from, t);
    }

    /** What is wrong with the selection on its own (the store checks the codes): field, value, reason. */
    public List<SelectionException.Problem> problems() {
        List<SelectionException.Problem> out = new ArrayList<>();
        if (framework == null && indicators.isEmpty()) {
            out.add(new SelectionException.Problem("framework", null, "choose a framework or at least one catalogue indicator"));
        }
        if (framework != null && !indicators.isEmpty()) {
            out.add(new SelectionException.Problem("indicators", null,
                    "give either a framework or catalogue indicators, not both (a framework has its own indicators)"));
        }
        if (framework != null && grouping != null) {
            out.add(new SelectionException.Problem("grouping", grouping, "a framework has its own hierarchy; grouping is for catalogue indicators"));
        }
        if (grouping != null && !GROUPINGS.contains(grouping)) {
            out.add(new SelectionException.Problem("grouping", grouping, "must be 'dimensions' or 'flat'"));
        }
        if (periodMode != null && !MODES.contains(periodMode)) {
            out.add(new SelectionException.Problem("periodMode", periodMode, "must be 'latest' or 'exact'"));
        }
        if (period == null) {
            out.add(new SelectionException.Problem("period", null, "give the period, e.g. 2022"));
        } else if (!Period.parse(period).ok()) {
            out.add(new SelectionException.Problem("period", period, Period.parse(period).error()));
        }
        if (from != null) {
            if (!Period.parse(from).ok()) {
                out.add(new SelectionException.Problem("from", from, Period.parse(from).error()));
            } else if (exact()) {
                out.add(new SelectionException.Problem("from", from, "'from' applies to periodMode 'latest' only"));
            } else if (period != null && Period.parse(period).ok() && fromValue().start().isAfter(periodValue().end())) {
                out.add(new SelectionException.Problem("from", from, "is after the period " + period));
            }
        }
        if (!units.isEmpty() && unitKind != null) {
            out.add(new SelectionException.Problem("unitKind", unitKind, "give either unit codes or a unit kind, not both"));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorChoice c = indicators.get(i);
            String field = "indicators[" + i + "]";
            if (c == null || c.code() == null || c.code().isBlank()) {
                out.add(new SelectionException.Problem(field + ".code", null, "an indicator needs a code"));
                continue;
            }
            if (!seen.add(c.code())) {
                out.add(new SelectionException.Problem(field + ".code", c.code(), "chosen twice"));
            }
            if (c.direction() != null && c.direction() != 1 && c.direction() != -1) {
                out.add(new SelectionException.Problem(field + ".direction", String.valueOf(c.direction()), "must be 1 or -1"));
            }
            if (c.weight() != null && !(c.weight() > 0 && Double.isFinite(c.weight()))) {
                out.add(new SelectionException.Problem(field + ".weight", String.valueOf(c.weight()), "must be a positive number"));
            }
            if (c.denominator() != null && c.denominator().equals(c.code())) {
                out.add(new SelectionException.Problem(field + ".denominator", c.denominator(), "an indicator cannot be its own denominator"));
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
