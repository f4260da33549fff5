package pl.miasto4.indicator.io;

import pl.miasto4.indicator.Period;

import java.math.BigDecimal;

/**
 * A validated observation read from a file, with the line it came from, and its uncertainty where
 * the file gives it: standard error, 95 % confidence interval, and whether the estimate is flagged
 * unreliable (null / false for measured values).
 */
public record ObservationRecord(long line, String unitCode, String indicatorCode, Period period, BigDecimal value,
                                ObservationFlags flags, String source, BigDecimal se, BigDecimal ciLow,
                                BigDecimal ciHigh, boolean unreliable) {

    /** A value without uncertainty. */
    public ObservationRecord(long line, String unitCode, String indicatorCode, Period period, BigDecimal value,
                             ObservationFlags flags, String source) {
        this(line, unitCode, indicatorCode, period, value, flags, source, null, null, null, false);
    }
}
