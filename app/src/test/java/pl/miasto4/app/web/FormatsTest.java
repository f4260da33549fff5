package pl.miasto4.app.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    private final Formats formats = new Formats();

    @Test
    void oneDecimalRoundsHalfUpLikeStringFormat() {
        for (double d : new double[]{0, 0.04, 0.05, 0.15, 1.25, 12.345, 27.96, 59.99, 118, -1.25, -0.04, 1234567.89}) {
            assertThat(Formats.oneDecimal(new StringBuilder(), d).toString()).as("%s", d)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", d).replace("-0.0", "0.0"));
        }
    }

    @Test
    void sparklineScalesValuesIntoTheBox() {
        // x from 2 to 118, y from 26 (the minimum) to 2 (the maximum), computed by hand
        String svg = formats.sparkline(List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3")));
        assertThat(svg).contains("points=\"2.0,26.0 60.0,14.0 118.0,2.0\"").contains("cx=\"118.0\" cy=\"2.0\"");
        assertThat(formats.sparkline(List.of(BigDecimal.ONE))).isEmpty();
        assertThat(formats.sparkline(List.of(BigDecimal.ONE, BigDecimal.ONE))).contains("points=\"2.0,14.0 118.0,14.0\"");
    }
}
