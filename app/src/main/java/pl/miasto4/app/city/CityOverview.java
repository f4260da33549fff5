package pl.miasto4.app.city;

import pl.miasto4.app.indicator.Indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The top of a city (district, voivodeship, metropolitan area) page: its key figures with their change and
 * rank among units of the same kind, how fresh each is, and how much of the catalogue has data here, with the
 * kinds of sources that would fill the rest.
 *
 * @param withData indicators of the catalogue with at least one value for this unit
 * @param total    indicators in the catalogue
 * @param gaps     the indicators without data here, counted by the kind of source that publishes them
 */
public record CityOverview(List<Figure> figures, int withData, int total, List<SourceGap> gaps) {

    public int withoutData() {
        return total - withData;
    }

    /**
     * One key figure.
     *
     * @param rank     1 = best among the {@code peers} (largest value for an indicator without a better
     *                 direction); null when this unit is the only one with a value for the period
     * @param ageYears this year minus the year of the period
     */
    public record Figure(Indicator indicator, String period, BigDecimal value, String previousPeriod, BigDecimal previousValue,
                         Integer rank, int peers, int year, int ageYears) {

        public BigDecimal change() {
            return previousValue == null ? null : value.subtract(previousValue);
        }

        /** ▲ for a rise, ▼ for a fall (whether that is good is said by {@link #direction()} in words and colour). */
        public String changeArrow() {
            BigDecimal c = change();
            return c == null || c.signum() == 0 ? "" : c.signum() > 0 ? "▲ +" : "▼ ";
        }

        /** better, worse, same, or neutral (no better direction), judged by the indicator's polarity. */
        public String direction() {
            BigDecimal c = change();
            if (c == null || c.signum() == 0) {
                return "same";
            }
            return switch (indicator.polarity() == null ? "neutral" : indicator.polarity()) {
                case "higher_better" -> c.signum() > 0 ? "better" : "worse";
                case "lower_better" -> c.signum() < 0 ? "better" : "worse";
                default -> "neutral";
            };
        }

        public boolean neutral() {
            return !"higher_better".equals(indicator.polarity()) && !"lower_better".equals(indicator.polarity());
        }
    }

    /** @param source a kind of source (message key suffix {@code city.coverage.source.*}) */
    public record SourceGap(String source, int indicators) {
    }
}
