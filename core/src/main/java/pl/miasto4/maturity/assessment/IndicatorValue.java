package pl.miasto4.maturity.assessment;

/** A value of an indicator for the assessed city, as the indicator store supplies it. */
public record IndicatorValue(String code, double value, String period, String source) {
    public static IndicatorValue of(String code, double value) {
        return new IndicatorValue(code, value, "", "");
    }
}
