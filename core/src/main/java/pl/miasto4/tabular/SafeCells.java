package pl.miasto4.tabular;

import java.util.regex.Pattern;

/**
 * Cells written to CSV or XLSX files that people open in Excel or LibreOffice, made safe against
 * formula injection (OWASP "CSV Injection"): a text starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with a single quote, so the spreadsheet shows it
 * as text instead of running it. Numbers are left as they are ({@code -3.5}, {@code -3,5},
 * {@code +1e-5}, {@code -12%}): they start with a sign but are data. Every exporter of the product
 * writes its cells through this class.
 */
public final class SafeCells {
    /** A number as the product writes it: sign, digits with a dot or comma, exponent, percent. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][-+]?\\d+)?%?");

    private SafeCells() {
    }

    /** The text as it is safe to write: unchanged, or with a leading {@code '} when a spreadsheet would run it. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || (value.length() <= 64 && NUMBER.matcher(value).matches())) {
            return value;
        }
        return "'" + value;
    }

    /** A cell of any type: texts through {@link #text}, numbers and other values unchanged. */
    public static Object cell(Object value) {
        return value instanceof CharSequence s ? text(s.toString()) : value;
    }

    /** A whole row, for {@code CSVPrinter.printRecord}. */
    public static Object[] row(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = cell(values[i]);
        }
        return out;
    }

    /** A whole row given as an iterable, for {@code CSVPrinter.printRecord}. */
    public static Object[] row(Iterable<?> values) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (Object v : values) {
            out.add(cell(v));
        }
        return out.toArray();
    }
}
