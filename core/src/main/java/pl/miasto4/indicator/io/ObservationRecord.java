package pl.miasto4.indicator.io;

import pl.miasto4.indicator.Period;

import java.math.BigDecimal;

/** A validated observation read from a file, with the line it came from. */
public record ObservationRecord(long line, String unitCode, String indicatorCode, Period period, BigDecimal value,
                                ObservationFlags flags, String source) {
}
