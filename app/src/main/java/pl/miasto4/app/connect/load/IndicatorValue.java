package pl.miasto4.app.connect.load;

import java.math.BigDecimal;

/**
 * One value a connector derived from its source, keyed as the store's long format: unit code,
 * catalogue indicator code, period ({@code 2023}, {@code 2025-05-18}), value, and where it came from.
 */
public record IndicatorValue(String unit, String indicator, String period, BigDecimal value, String source) {
}
