package pl.miasto4.app.observation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One value of an indicator for a unit and period, as the store holds it (one version of it), with
 * its uncertainty where it is an estimate: standard error, 95 % confidence interval, and whether it
 * is flagged unreliable (relative SE above 30 % or fewer than 30 respondents).
 */
public record Observation(String unitCode, String unitName, String indicatorCode, String period, BigDecimal value,
                          String flags, String source, Long batchId, OffsetDateTime recordedAt,
                          OffsetDateTime supersededAt, BigDecimal se, BigDecimal ciLow, BigDecimal ciHigh,
                          boolean unreliable) {
}
