package pl.miasto4.indicator;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessTest {

    @Test
    void anAnnualValueIsOutdatedTwoYearsAfterItsYearEnded() {
        // GUS publishes year Y's local data during Y+1: in December 2026 a 2024 value is the latest to expect
        LocalDate today = LocalDate.of(2026, 12, 8);
        assertThat(Freshness.outdated(Period.year(2024), "annual", today)).isFalse();
        assertThat(Freshness.outdated(Period.year(2023), "annual", today)).isTrue();
        assertThat(Freshness.outdated(Period.year(2017), "annual", today)).isTrue();
        assertThat(Freshness.outdated(Period.year(2024), "annual", LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(Freshness.outdated(Period.year(2024), "annual", LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(Freshness.outdated(Period.year(1990), "irregular", today)).isFalse();
        assertThat(Freshness.outdated(Period.month(2026, 9), "monthly", today)).isFalse();
        assertThat(Freshness.outdated(Period.month(2026, 8), "monthly", today)).isTrue();
    }

    @Test
    void theRankingPeriodIsTheLatestOneCoveredByAtLeastHalfTheBestCoverage() {
        assertThat(Freshness.rankingPeriod(Map.of())).isEmpty();
        // one early publisher does not move the ranking to 2024
        assertThat(Freshness.rankingPeriod(Map.of(Period.year(2022), 66, Period.year(2023), 66, Period.year(2024), 1)))
                .contains(Period.year(2023));
        // cities that stopped reporting in 2008 do not hold the ranking back
        assertThat(Freshness.rankingPeriod(Map.of(Period.year(2008), 50, Period.year(2017), 40, Period.year(2018), 24)))
                .contains(Period.year(2017));
        // exactly half is enough
        assertThat(Freshness.rankingPeriod(Map.of(Period.year(2020), 10, Period.year(2021), 5))).contains(Period.year(2021));
    }
}
