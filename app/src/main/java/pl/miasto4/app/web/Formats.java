package pl.miasto4.app.web;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
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

    public String number(Number number, int decimals, Locale locale) {
        if (number == null) {
            return "—";
        }
        BigDecimal value = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if ("pl".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('\u00A0');
        }
        DecimalFormat f = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
        return f.format(value.setScale(decimals, RoundingMode.HALF_UP));
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
