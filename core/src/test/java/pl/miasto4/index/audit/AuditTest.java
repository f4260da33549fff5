package pl.miasto4.index.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AuditTest {
    @Test
    void cronbachAlphaByHand() {
        // variances 1 and 1; totals (2, 5, 5) have variance 3 → α = 2 (1 − 2/3)
        assertThat(Audit.cronbachAlpha(new double[][]{{1, 2, 3}, {1, 3, 2}})).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Audit.cronbachAlpha(new double[][]{{1, 2, 3}, {1, 2, 3}})).isCloseTo(1, within(1e-12));
    }
}
