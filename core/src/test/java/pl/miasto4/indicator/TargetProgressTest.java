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
        TargetProgress.Assessment a = TargetProgress.assess(2010.5, 61.13, 2017.5, 31.85, 2020.5, 20);
        assertThat(a.relative()).isTrue();
        assertThat(a.actual()).isCloseTo(-0.0889322, offset(1e-6));
        assertThat(a.required()).isCloseTo(-0.1057117, offset(1e-6));
        assertThat(a.ratio()).isCloseTo(0.841271, offset(1e-6));
        assertThat(a.status()).isEqualTo(TargetProgress.Status.AT_RISK);
    }

    @Test
    void slowGrowthIsOffTrack() {
        // 100 -> 110 in 5 years: (1.1)^(1/5) - 1 = 0.019245; 150 needed in 10: 1.5^(1/10) - 1 = 0.041380; ratio 0.4651
        TargetProgress.Assessment a = TargetProgress.assess(2015, 100, 2020, 110, 2025, 150);
        assertThat(a.ratio()).isCloseTo(0.46508, offset(1e-5));
        assertThat(a.status()).isEqualTo(TargetProgress.Status.OFF_TRACK);
    }

    @Test
    void valuesAcrossZeroUseAbsoluteChange() {
        // -2 -> 1 in 2 years: +1.5 a year; 5 needed in 10: +0.7 a year; ratio 2.14 -> on track
        TargetProgress.Assessment a = TargetProgress.assess(2020, -2, 2022, 1, 2030, 5);
        assertThat(a.relative()).isFalse();
        assertThat(a.actual()).isEqualTo(1.5);
        assertThat(a.required()).isCloseTo(0.7, offset(1e-12));
        assertThat(a.status()).isEqualTo(TargetProgress.Status.ON_TRACK);
    }

    @Test
    void movingAwayIsOffTrackAndReachedIsOnTrack() {
        assertThat(TargetProgress.assess(2015, 30, 2018, 33, 2025, 20).status()).isEqualTo(TargetProgress.Status.OFF_TRACK);
        assertThat(TargetProgress.assess(2015, 30, 2018, 33, 2025, 20).ratio()).isNegative();
        assertThat(TargetProgress.assess(2015, 30, 2018, 19, 2025, 20).status()).isEqualTo(TargetProgress.Status.ON_TRACK);
        assertThat(TargetProgress.assess(2015, 30, 2015, 25, 2025, 20).status()).isEqualTo(TargetProgress.Status.NO_DATA);
    }

    @Test
    void thresholdsAreInclusiveAsEurostatDefinesThem() {
        // required: 100 -> 200 in 10 years, 7.177 % a year; an actual rate of exactly 95 % of it is on track
        double required = Math.pow(2, 0.1) - 1;
        double latest = 100 * Math.pow(1 + 0.95 * required, 5);
        assertThat(TargetProgress.assess(2020, 100, 2025, latest, 2030, 200).status()).isEqualTo(TargetProgress.Status.ON_TRACK);
        double atRisk = 100 * Math.pow(1 + 0.60 * required, 5);
        assertThat(TargetProgress.assess(2020, 100, 2025, atRisk + 1e-9, 2030, 200).status()).isEqualTo(TargetProgress.Status.AT_RISK);
        assertThat(TargetProgress.assess(2020, 100, 2025, atRisk - 1e-6, 2030, 200).status()).isEqualTo(TargetProgress.Status.OFF_TRACK);
    }
}
