package pl.miasto4.app.observation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One value of an indicator for a unit and period, as the store holds it (one version of it). */
public record Observation(String unitCode, String unitName, String indicatorCode, String period, BigDecimal value,
                          String flags, String source, Long batchId, OffsetDateTime recordedAt,
                          OffsetDateTime supersededAt) {
}
