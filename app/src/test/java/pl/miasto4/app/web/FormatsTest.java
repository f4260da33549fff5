package pl.miasto4.app.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    private final Formats formats = new Formats();

    /** What number() gave when it built a DecimalFormat per call: the reference it is compared with. */
    private static String byDecimalFormat(java.math.BigDecimal value, int decimals, Locale locale) {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(locale);
        if ("pl".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('\u00A0');
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
        return f.format(value.setScale(decimals, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void numbersAreFormattedAsDecimalFormatFormatsThem() {
        java.util.Random random = new java.util.Random(37120);
        String[] fixed = {"0", "-0.004", "0.005", "-0.005", "999.995", "1000", "-1000", "999999.5", "1234567.891",
                "-98765432109876.54321", "12", "0.1", "100000", "-100000.0001"};
        java.util.List<java.math.BigDecimal> values = new java.util.ArrayList<>();
        for (String f : fixed) {
            values.add(new java.math.BigDecimal(f));
        }
        for (int i = 0; i < 20_000; i++) {
            values.add(java.math.BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(7)));
        }
        for (Locale locale : new Locale[]{Locale.forLanguageTag("pl"), Locale.ENGLISH}) {
            for (java.math.BigDecimal v : values) {
                for (int decimals = 0; decimals <= 4; decimals++) {
                    assertThat(formats.number(v, decimals, locale)).as("%s, %d decimals, %s", v, decimals, locale)
                            .isEqualTo(byDecimalFormat(v, decimals, locale));
                }
            }
        }
        assertThat(formats.number(new java.math.BigDecimal("1234567.891"), 2, Locale.forLanguageTag("pl")))
                .isEqualTo("1\u00A0234\u00A0567,89");
        assertThat(formats.number(42, 1, Locale.ENGLISH)).isEqualTo("42.0");
        assertThat(formats.number(null, 1, Locale.ENGLISH)).isEqualTo("—");
    }

    @Test
    void oneDecimalRoundsHalfUpLikeStringFormat() {
        for (double d : new double[]{0, 0.04, 0.05, 0.15, 1.25, 12.345, 27.96, 59.99, 118, -1.25, -0.04, 1234567.89}) {
            assertThat(Formats.oneDecimal(new StringBuilder(), d).toString()).as("%s", d)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", d).replace("-0.0", "0.0"));
        }
    }

    /** The sparkline as first written (streams, String.split): the reference the faster one is compared with. */
    private static String sparklineReference(List<BigDecimal> values) {
        List<BigDecimal> v = values.stream().filter(java.util.Objects::nonNull).toList();
        if (v.size() < 2) {
            return "";
        }
        double min = v.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = v.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double w = 120, h = 28, pad = 2;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < v.size(); i++) {
            double x = pad + i * (w - 2 * pad) / (v.size() - 1);
            double y = max == min ? h / 2 : h - pad - (v.get(i).doubleValue() - min) * (h - 2 * pad) / (max - min);
            if (i > 0) {
                points.append(' ');
            }
            Formats.oneDecimal(points, x).append(',');
            Formats.oneDecimal(points, y);
        }
        String all = points.toString();
        String[] end = all.substring(all.lastIndexOf(' ') + 1).split(",");
        return "<svg class=\"spark\" viewBox=\"0 0 120 28\" width=\"120\" height=\"28\" aria-hidden=\"true\" focusable=\"false\">"
                + "<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"" + all + "\"/>"
                + "<circle cx=\"" + end[0] + "\" cy=\"" + end[1] + "\" r=\"2.5\" fill=\"currentColor\"/></svg>";
    }

    @Test
    void sparklineDrawsWhatTheFirstVersionDrew() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 5_000; i++) {
            List<BigDecimal> values = new java.util.ArrayList<>();
            int n = random.nextInt(25);
            for (int k = 0; k < n; k++) {
                values.add(random.nextInt(6) == 0 ? null : BigDecimal.valueOf(random.nextLong() % 1_000_000, random.nextInt(4)));
            }
            assertThat(formats.sparkline(values)).as("%s", values).isEqualTo(sparklineReference(values));
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
