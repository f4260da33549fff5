package pl.miasto4.indicator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * Eurostat's assessment of progress towards quantified targets: the ratio of the actual compound
 * annual growth rate since the baseline to the rate required to reach the target on time
 * (≥ 95 % on track, 60–95 % at risk, below 60 % off track). Expected values worked out by hand.
 */
class TargetProgressTest {

    @Test
    void krakowPm25TowardsTheEuStage2LimitIsAtRisk() {
        // Kraków PM2.5 (GIOŚ): 61.13 µg/m³ in 2010, 31.85 in 2017; EU limit 20 by 2020.
        // actual   = (31.85 / 61.13)^(1/7)  - 1 = -0.088932
        // required = (20    / 61.13)^(1/10) - 1 = -0.105712
        // ratio    = 0.84127 -> between 60 % and 95 %: at risk
        TargetProgress.Assessment a = TargetProgress.assess(TargetProgress.Kind.CEILING, 2010.5, 61.13, 2017.5, 31.85, 2020.5, 20, 0);
        assertThat(a.relative()).isTrue();
        assertThat(a.actual()).isCloseTo(-0.0889322, offset(1e-6));
        assertThat(a.required()).isCloseTo(-0.1057117, offset(1e-6));
        assertThat(a.ratio()).isCloseTo(0.841271, offset(1e-6));
        assertThat(a.status()).isEqualTo(TargetProgress.Status.AT_RISK);
    }

    @Test
    void slowGrowthIsOffTrack() {
        // 100 -> 110 in 5 years: (1.1)^(1/5) - 1 = 0.019245; 150 needed in 10: 1.5^(1/10) - 1 = 0.041380; ratio 0.4651
        TargetProgress.Assessment a = TargetProgress.assess(TargetProgress.Kind.FLOOR, 2015, 100, 2020, 110, 2025, 150, 0);
        assertThat(a.ratio()).isCloseTo(0.46508, offset(1e-5));
        assertThat(a.status()).isEqualTo(TargetProgress.Status.OFF_TRACK);
    }

    @Test
    void valuesAcrossZeroUseAbsoluteChange() {
        // -2 -> 1 in 2 years: +1.5 a year; 5 needed in 10: +0.7 a year; ratio 2.14 -> on track
        TargetProgress.Assessment a = TargetProgress.assess(TargetProgress.Kind.FLOOR, 2020, -2, 2022, 1, 2030, 5, 0);
        assertThat(a.relative()).isFalse();
        assertThat(a.actual()).isEqualTo(1.5);
        assertThat(a.required()).isCloseTo(0.7, offset(1e-12));
        assertThat(a.status()).isEqualTo(TargetProgress.Status.ON_TRACK);
    }

    @Test
    void movingAwayIsOffTrackAndReachedIsOnTrack() {
        assertThat(TargetProgress.assess(TargetProgress.Kind.CEILING, 2015, 30, 2018, 33, 2025, 20, 0).status()).isEqualTo(TargetProgress.Status.OFF_TRACK);
        assertThat(TargetProgress.assess(TargetProgress.Kind.CEILING, 2015, 30, 2018, 33, 2025, 20, 0).ratio()).isNegative();
        assertThat(TargetProgress.assess(TargetProgress.Kind.CEILING, 2015, 30, 2018, 19, 2025, 20, 0).status()).isEqualTo(TargetProgress.Status.ON_TRACK);
        assertThat(TargetProgress.assess(TargetProgress.Kind.CEILING, 2015, 30, 2015, 25, 2025, 20, 0).status()).isEqualTo(TargetProgress.Status.NO_DATA);
    }

    @Test
    void thresholdsAreInclusiveAsEurostatDefinesThem() {
        // required: 100 -> 200 in 10 years, 7.177 % a year; an actual rate of exactly 95 % of it is on track
        double required = Math.pow(2, 0.1) - 1;
        double latest = 100 * Math.pow(1 + 0.95 * required, 5);
        assertThat(TargetProgress.assess(TargetProgress.Kind.FLOOR, 2020, 100, 2025, latest, 2030, 200, 0).status()).isEqualTo(TargetProgress.Status.ON_TRACK);
        double atRisk = 100 * Math.pow(1 + 0.60 * required, 5);
        assertThat(TargetProgress.assess(TargetProgress.Kind.FLOOR, 2020, 100, 2025, atRisk + 1e-9, 2030, 200, 0).status()).isEqualTo(TargetProgress.Status.AT_RISK);
        assertThat(TargetProgress.assess(TargetProgress.Kind.FLOOR, 2020, 100, 2025, atRisk - 1e-6, 2030, 200, 0).status()).isEqualTo(TargetProgress.Status.OFF_TRACK);
    }

    @Test
    void aCeilingAlreadyMetIsOnTrackWhateverTheTrend() {
        // Koszalin PM2.5 (GIOŚ): 15.35 µg/m³ in 2010, 14.18 in 2017; the EU limit is a ceiling of 20.
        // Eurostat's ratio would compare a fall (-1.13 % a year) with the "required" rise to 20 (+2.71 % a year)
        // and call it movement away; a value under a limit meets the limit.
        TargetProgress.Assessment k = TargetProgress.assess(TargetProgress.Kind.CEILING, 2010.5, 15.35, 2017.5, 14.18, 2020.5, 20, 0);
        assertThat(k.status()).isEqualTo(TargetProgress.Status.ON_TRACK);
        assertThat(k.progress()).isEqualTo(TargetProgress.Progress.TARGET_MET);
        // Gorzów Wielkopolski: 18.80 -> 19.06, rising but still under the ceiling
        assertThat(TargetProgress.assess(TargetProgress.Kind.CEILING, 2010.5, 18.80, 2017.5, 19.06, 2020.5, 20, 0).status())
                .isEqualTo(TargetProgress.Status.ON_TRACK);
        // exactly at the ceiling meets it ("not higher than")
        assertThat(TargetProgress.assess(TargetProgress.Kind.CEILING, 2010, 25, 2017, 20, 2020, 20, 0).progress())
                .isEqualTo(TargetProgress.Progress.TARGET_MET);
    }

    @Test
    void crossingACeilingOrFloorTheWrongWayIsMovementAway() {
        TargetProgress.Assessment up = TargetProgress.assess(TargetProgress.Kind.CEILING, 2010, 18, 2017, 22, 2020, 20, 0);
        assertThat(up.status()).isEqualTo(TargetProgress.Status.OFF_TRACK);
        assertThat(up.progress()).isEqualTo(TargetProgress.Progress.MOVEMENT_AWAY);
        TargetProgress.Assessment down = TargetProgress.assess(TargetProgress.Kind.FLOOR, 2010, 80, 2017, 70, 2020, 75, 0);
        assertThat(down.progress()).isEqualTo(TargetProgress.Progress.MOVEMENT_AWAY);
        assertThat(TargetProgress.assess(TargetProgress.Kind.FLOOR, 2010, 60, 2017, 76, 2020, 75, 0).progress())
                .isEqualTo(TargetProgress.Progress.TARGET_MET);
    }

    @Test
    void insufficientProgressAndMovementAwaySplitAtZero() {
        // ceiling 20 from 40 in 10 years: required (0.5)^(1/10) - 1 = -6.697 % a year;
        // 40 -> 38 in 5 years: (0.95)^(1/5) - 1 = -1.0206 % a year; ratio 0.15241 -> insufficient progress
        TargetProgress.Assessment slow = TargetProgress.assess(TargetProgress.Kind.CEILING, 2015, 40, 2020, 38, 2025, 20, 0);
        assertThat(slow.ratio()).isCloseTo(0.152407, offset(1e-5));
        assertThat(slow.progress()).isEqualTo(TargetProgress.Progress.INSUFFICIENT_PROGRESS);
        assertThat(slow.status()).isEqualTo(TargetProgress.Status.OFF_TRACK);
        TargetProgress.Assessment away = TargetProgress.assess(TargetProgress.Kind.CEILING, 2015, 40, 2020, 41, 2025, 20, 0);
        assertThat(away.progress()).isEqualTo(TargetProgress.Progress.MOVEMENT_AWAY);
        assertThat(away.reason()).isEqualTo(TargetProgress.Reason.MOVING_AWAY);
    }

    @Test
    void aPointTargetIsMetWithinItsStatedPrecisionAndJudgedByDistanceWhenPassed() {
        // a share of 50 % (stated to the unit: 49.5 to 50.5 counts)
        assertThat(TargetProgress.assess(TargetProgress.Kind.POINT, 2015, 40, 2020, 50.4, 2025, 50, 0.5).progress())
                .isEqualTo(TargetProgress.Progress.TARGET_MET);
        // 40 -> 52 in 5 years, target 50 by 2025: distance closed 10 - 2 = 8 in 5 years (1.6 a year), 1.0 a year needed
        TargetProgress.Assessment past = TargetProgress.assess(TargetProgress.Kind.POINT, 2015, 40, 2020, 52, 2025, 50, 0.5);
        assertThat(past.ratio()).isCloseTo(1.6, offset(1e-12));
        assertThat(past.status()).isEqualTo(TargetProgress.Status.ON_TRACK);
        // 40 -> 65: 10 - 15 = -5 closed, moving away
        assertThat(TargetProgress.assess(TargetProgress.Kind.POINT, 2015, 40, 2020, 65, 2025, 50, 0.5).progress())
                .isEqualTo(TargetProgress.Progress.MOVEMENT_AWAY);
    }

    @Test
    void aTargetPeriodPassedWithoutTheTargetIsOffTrack() {
        TargetProgress.Assessment a = TargetProgress.assess(TargetProgress.Kind.CEILING, 2010, 40, 2021, 30, 2020, 20, 0);
        assertThat(a.status()).isEqualTo(TargetProgress.Status.OFF_TRACK);
        assertThat(a.reason()).isEqualTo(TargetProgress.Reason.TARGET_PERIOD_PASSED);
    }

    @Test
    void noTargetTrendRuleAtOnePercentAYear() {
        // 100 -> 106 in 5 years: (1.06)^(1/5) - 1 = 1.1721 % > 1 %: significant progress
        assertThat(TargetProgress.trend(2015, 100, 2020, 106, Polarity.HIGHER_BETTER).orElseThrow().growth())
                .isCloseTo(0.0117220, offset(1e-6));
        assertThat(TargetProgress.trend(2015, 100, 2020, 106, Polarity.HIGHER_BETTER).orElseThrow().progress())
                .isEqualTo(TargetProgress.Progress.SIGNIFICANT_PROGRESS);
        // 100 -> 104 in 5 years: 0.7875 % : moderate progress; for a lower-is-better indicator: moderate movement away
        assertThat(TargetProgress.trend(2015, 100, 2020, 104, Polarity.HIGHER_BETTER).orElseThrow().progress())
                .isEqualTo(TargetProgress.Progress.MODERATE_PROGRESS);
        assertThat(TargetProgress.trend(2015, 100, 2020, 104, Polarity.LOWER_BETTER).orElseThrow().progress())
                .isEqualTo(TargetProgress.Progress.MODERATE_MOVEMENT_AWAY);
        // Kraków PM2.5 61.13 -> 31.85 in 7 years: -8.89 % a year, lower is better: significant progress
        assertThat(TargetProgress.trend(2010.5, 61.13, 2017.5, 31.85, Polarity.LOWER_BETTER).orElseThrow().progress())
                .isEqualTo(TargetProgress.Progress.SIGNIFICANT_PROGRESS);
        assertThat(TargetProgress.trend(2015, 100, 2020, 90, Polarity.HIGHER_BETTER).orElseThrow().progress())
                .isEqualTo(TargetProgress.Progress.MOVEMENT_AWAY);
        assertThat(TargetProgress.trend(2015, 100, 2020, 90, Polarity.NEUTRAL)).isEmpty();
    }
}
