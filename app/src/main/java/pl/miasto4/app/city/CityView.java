package pl.miasto4.app.city;

import pl.miasto4.app.goal.TargetStatusService;
import pl.miasto4.app.indicator.Indicator;

import java.math.BigDecimal;
import java.util.List;

/** What the city page shows for one indicator: the latest value, the series for the sparkline, the target. */
public record CityView(Indicator indicator, String latestPeriod, BigDecimal latestValue, String flags,
                       List<BigDecimal> series, String firstPeriod, TargetStatusService.TargetView target,
                       String sparkline) {

    /** Status flags as single letters (p, e, b, c). */
    public List<String> flagList() {
        return flags == null ? List.of() : flags.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }

    public boolean hasData() {
        return latestPeriod != null;
    }
}
