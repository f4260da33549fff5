package pl.miasto4.indicator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a higher value of an indicator is better, worse, or neither. */
public enum Polarity {
    HIGHER_BETTER(1), LOWER_BETTER(-1), NEUTRAL(0);

    private final int direction;

    Polarity(int direction) {
        this.direction = direction;
    }

    /** COINr's {@code Direction}: 1 higher is better, -1 lower is better, 0 neutral. */
    public int direction() {
        return direction;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Polarity> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.code().equals(c)).findFirst();
    }

    public static Optional<Polarity> fromDirection(int direction) {
        return Arrays.stream(values()).filter(p -> p.direction == direction).findFirst();
    }
}
