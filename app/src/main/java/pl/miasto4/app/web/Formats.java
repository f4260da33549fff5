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

    /** A 120×28 sparkline of the values (oldest first), or an empty string for fewer than two points. */
    public String sparkline(List<BigDecimal> values) {
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
            oneDecimal(points, x).append(',');
            oneDecimal(points, y);
        }
        String all = points.toString();
        String[] end = all.substring(all.lastIndexOf(' ') + 1).split(",");
        return "<svg class=\"spark\" viewBox=\"0 0 120 28\" width=\"120\" height=\"28\" aria-hidden=\"true\" focusable=\"false\">"
                + "<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"" + all + "\"/>"
                + "<circle cx=\"" + end[0] + "\" cy=\"" + end[1] + "\" r=\"2.5\" fill=\"currentColor\"/></svg>";
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
