package pl.miasto4.app.web;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Formatting helpers for templates ({@code @fmt}): numbers in the reader's language with the
 * indicator's decimals, and inline SVG sparklines (no script needed, readable by screen readers
 * through their label).
 */
@Component("fmt")
public class Formats {

    /** The separators of a language, read once (building DecimalFormatSymbols cost a third of a city page). */
    private record Symbols(char grouping, char decimal, String minus) {
    }

    private static final java.util.concurrent.ConcurrentHashMap<Locale, Symbols> SYMBOLS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Symbols symbols(Locale locale) {
        return SYMBOLS.computeIfAbsent(locale, l -> {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(l);
            char grouping = "pl".equals(l.getLanguage()) ? '\u00A0' : s.getGroupingSeparator();
            return new Symbols(grouping, s.getDecimalSeparator(), String.valueOf(s.getMinusSign()));
        });
    }

    /**
     * The number rounded half up to {@code decimals} places, digits grouped by three, with the language's
     * separators (Polish: non-breaking space and comma). Gives what {@code DecimalFormat("#,##0.00")} gives
     * with the same symbols ({@code FormatsTest} compares them), without building a formatter per number.
     */
    public String number(Number number, int decimals, Locale locale) {
        if (number == null) {
            return "—";
        }
        BigDecimal value = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        return grouped(value.setScale(decimals, RoundingMode.HALF_UP), symbols(locale));
    }

    /**
     * An amount of money without its currency: whole złoty as such ("7 600 000"), anything with grosze to the
     * grosz ("60 000,50"), never rounded to whole złoty.
     */
    public String amount(Number number, Locale locale) {
        if (number == null) {
            return "—";
        }
        BigDecimal value = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return number(value, whole ? 0 : 2, locale);
    }

    /** {@link #amount} followed by "zł" (a non-breaking space between). */
    public String money(Number number, Locale locale) {
        return amount(number, locale) + "\u00A0zł";
    }

    private static String grouped(BigDecimal rounded, Symbols sym) {
        String plain = rounded.abs().toPlainString();
        int point = plain.indexOf('.');
        int intEnd = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3 + 2);
        if (rounded.signum() < 0) {
            out.append(sym.minus());
        }
        for (int i = 0; i < intEnd; i++) {
            if (i > 0 && (intEnd - i) % 3 == 0) {
                out.append(sym.grouping());
            }
            out.append(plain.charAt(i));
        }
        if (point >= 0) {
            out.append(sym.decimal()).append(plain, point + 1, plain.length());
        }
        return out.toString();
    }

    /** A 120×28 sparkline of the values (oldest first, missing ones skipped), or "" for fewer than two points. */
    public String sparkline(List<BigDecimal> values) {
        double[] v = new double[values.size()];
        int n = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (BigDecimal b : values) {
            if (b != null) {
                double d = b.doubleValue();
                v[n++] = d;
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        if (n < 2) {
            return "";
        }
        double w = 120, h = 28, pad = 2;
        StringBuilder svg = new StringBuilder(220 + n * 12).append(
                "<svg class=\"spark\" viewBox=\"0 0 120 28\" width=\"120\" height=\"28\" aria-hidden=\"true\" focusable=\"false\">"
                        + "<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"");
        int lastX = 0;
        int lastY = 0;
        for (int i = 0; i < n; i++) {
            double x = pad + i * (w - 2 * pad) / (n - 1);
            double y = max == min ? h / 2 : h - pad - (v[i] - min) * (h - 2 * pad) / (max - min);
            if (i > 0) {
                svg.append(' ');
            }
            lastX = svg.length();
            oneDecimal(svg, x).append(',');
            lastY = svg.length();
            oneDecimal(svg, y);
        }
        String endX = svg.substring(lastX, lastY - 1);
        String endY = svg.substring(lastY);
        return svg.append("\"/><circle cx=\"").append(endX).append("\" cy=\"").append(endY)
                .append("\" r=\"2.5\" fill=\"currentColor\"/></svg>").toString();
    }

    /** Appends {@code d} rounded half up to one decimal ("12.3"); String.format cost a tenth of a city page. */
    static StringBuilder oneDecimal(StringBuilder out, double d) {
        if (!Double.isFinite(d) || Math.abs(d) > 1e15) {
            return out.append(String.format(Locale.ROOT, "%.1f", d));
        }
        long tenths = Math.round(Math.abs(d) * 10);
        if (d < 0 && tenths > 0) {
            out.append('-');
        }
        return out.append(tenths / 10).append('.').append(tenths % 10);
    }
}
