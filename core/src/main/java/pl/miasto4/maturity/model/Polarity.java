package pl.miasto4.maturity.model;

/** Whether more of an indicator is better (positive) or worse (negative). */
public enum Polarity {
    POSITIVE, NEGATIVE;

    public static java.util.Optional<Polarity> byCode(String code) {
        return switch (code) {
            case "positive" -> java.util.Optional.of(POSITIVE);
            case "negative" -> java.util.Optional.of(NEGATIVE);
            default -> java.util.Optional.empty();
        };
    }
}
