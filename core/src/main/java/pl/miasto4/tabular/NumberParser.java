package pl.miasto4.tabular;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Parses numbers as people type them in Polish and international spreadsheets: decimal commas or
 * dots, thousands grouped by spaces, non-breaking spaces or the other punctuation mark, a Unicode
 * minus, a trailing percent sign. The result is exact ({@link BigDecimal}); nothing is guessed:
 * grouping must be in threes, and a value that contradicts the file's decimal mark is refused.
 */
public final class NumberParser {

    /** Cells that mean "no value" rather than a number (GUS uses '-', '.', 'x'). */
    private static final Set<String> NO_DATA = Set.of("", "na", "n/a", "nan", "null", "-", "–", "—", ".", "..", "x",
            "brak", "brak danych", "b.d.", "bd", ":");

    private static final java.util.regex.Pattern NUMERIC_LOOKING =
            java.util.regex.Pattern.compile("[-+\u2212]?[\\d][\\d .,\u00A0\u202F']*(?:[eE][-+]?\\d+)?%?");

    private static final java.util.regex.Pattern COMMA_DECIMAL =
            java.util.regex.Pattern.compile("[-+\u2212]?[\\d \u00A0\u202F]*\\d,\\d+%?");
    private static final java.util.regex.Pattern COMMA_FRACTION = java.util.regex.Pattern.compile("[-+\u2212]?0,\\d+");
    private static final java.util.regex.Pattern DOT_DECIMAL =
            java.util.regex.Pattern.compile("[-+\u2212]?[\\d \u00A0\u202F]*\\d\\.\\d+(?:[eE][-+]?\\d+)?%?");
    private static final java.util.regex.Pattern DOT_FRACTION = java.util.regex.Pattern.compile("[-+\u2212]?0\\.\\d+");
    private static final java.util.regex.Pattern EXPONENT = java.util.regex.Pattern.compile("[+-]?\\d{1,9}");

    private NumberParser() {
    }

    /**
     * The outcome: a value, "no data", or the reason the text is not a number (in English; for the
     * limits of {@link TabularLimits} also a message key and its arguments, else null and empty).
     */
    public record Parsed(BigDecimal value, boolean noData, String error, String errorKey, java.util.List<Object> errorArgs) {
        public Parsed(BigDecimal value, boolean noData, String error) {
            this(value, noData, error, null, java.util.List.of());
        }

        public boolean ok() {
            return value != null;
        }
    }

    public static boolean isNoData(String text) {
        return text == null || NO_DATA.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * @param mark the file's decimal mark; null lets each cell decide (a comma and no dot means a
     *             decimal comma), which suits workbooks where numbers are typed cells
     */
    public static Parsed parse(String text, DecimalMark mark) {
        Parsed fast = text == null ? null : parseFast(text, mark);
        return fast != null ? fast : parseGeneral(text, mark);
    }

    /**
     * {@link #parse} without its fast path: the general code, which accepts every number and gives
     * every message. Package-private so that tests can check that the fast path answers as it does.
     */
    static Parsed parseGeneral(String text, DecimalMark mark) {
        if (isNoData(text)) {
            return new Parsed(null, true, null);
        }
        String t = text.strip();
        // Bounded before anything else: BigDecimal's conversion of n digits takes time growing with n².
        int digitCount = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9') {
                digitCount++;
            }
        }
        if (digitCount > TabularLimits.MAX_DIGITS) {
            return new Parsed(null, false, String.format(Locale.ROOT, "a number of %,d digits; at most %d are accepted",
                    digitCount, TabularLimits.MAX_DIGITS), "tabular.limit.digits", java.util.List.of(digitCount, TabularLimits.MAX_DIGITS));
        }
        if (mark == null) {
            mark = t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')
                    ? DecimalMark.COMMA : DecimalMark.DOT;
        }
        if (t.startsWith("#")) {
            return error("spreadsheet error value '" + shown(t) + "'");
        }
        StringBuilder digits = new StringBuilder(t.length());
        int i = 0;
        char first = t.charAt(0);
        if (first == '-' || first == '\u2212' || first == '+') {
            if (first != '+') {
                digits.append('-');
            }
            i = 1;
        }
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        // Split off an exponent (only with a dot decimal mark, as in 1.5E3).
        String exponent = "";
        int e = Math.max(t.indexOf('E'), t.indexOf('e'));
        if (e > i) {
            exponent = t.substring(e + 1);
            t = t.substring(0, e);
            if (!EXPONENT.matcher(exponent).matches()) {
                return error("not a number: '" + shown(text.strip()) + "'");
            }
        }
        String body = t.substring(i);
        if (body.isEmpty()) {
            return error("not a number: '" + shown(text.strip()) + "'");
        }
        int decimalAt = body.lastIndexOf(mark.decimal());
        if (body.indexOf(mark.decimal()) != decimalAt) {
            return error("'" + shown(text.strip()) + "' has more than one decimal mark '" + mark.decimal() + "'");
        }
        String integerPart = decimalAt >= 0 ? body.substring(0, decimalAt) : body;
        String fraction = decimalAt >= 0 ? body.substring(decimalAt + 1) : "";
        if (!fraction.chars().allMatch(Character::isDigit) || (decimalAt >= 0 && fraction.isEmpty() && integerPart.isEmpty())) {
            if (fraction.indexOf(mark.grouping()) >= 0 && mark == DecimalMark.COMMA) {
                return error("'" + shown(text.strip()) + "' uses a decimal dot, but this file uses decimal commas");
            }
            return error("not a number: '" + shown(text.strip()) + "'");
        }
        String grouped = ungroup(integerPart, mark);
        if (grouped == null) {
            if (mark == DecimalMark.DOT && integerPart.indexOf(',') >= 0) {
                return error("'" + shown(text.strip()) + "' uses a decimal comma, but this file uses decimal dots");
            }
            if (mark == DecimalMark.COMMA && integerPart.indexOf('.') >= 0) {
                return error("'" + shown(text.strip()) + "' uses a decimal dot, but this file uses decimal commas");
            }
            return error("not a number: '" + shown(text.strip()) + "'");
        }
        digits.append(grouped.isEmpty() ? "0" : grouped);
        if (!fraction.isEmpty()) {
            digits.append('.').append(fraction);
        }
        if (!exponent.isEmpty()) {
            digits.append('E').append(exponent);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(digits.toString());
        } catch (NumberFormatException ex) {
            return error("not a number: '" + shown(text.strip()) + "'");
        }
        // the power of ten of the leading digit: 1e400 → 400, 0.00123 → -3
        long magnitude = (long) value.precision() - value.scale() - 1;
        if (value.signum() != 0 && Math.abs(magnitude) > TabularLimits.MAX_EXPONENT) {
            return new Parsed(null, false, String.format(Locale.ROOT,
                    "'%s' is out of range: numbers between 10^-%d and 10^%d are accepted", shown(text.strip()),
                    TabularLimits.MAX_EXPONENT, TabularLimits.MAX_EXPONENT), "tabular.limit.range",
                    java.util.List.of(shown(text.strip()), TabularLimits.MAX_EXPONENT));
        }
        return new Parsed(value, false, null);
    }

    /** The start of a long text, for messages. */
    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }

    /**
     * The common cases without the general machinery: an optional sign, ASCII digits grouped as
     * {@link #ungroup} accepts, an optional decimal mark followed by ASCII digits, an optional
     * percent sign right after the last digit; at most 18 digits, nothing around them. Returns null
     * for any other text, which the general code then parses (and explains, if it is not a number);
     * for the texts it accepts the result is the general code's (the same digits, sign and scale).
     * Package-private for the tests that check this.
     */
    static Parsed parseFast(String t, DecimalMark mark) {
        int n = t.length();
        if (n == 0 || n > 40) {
            return null;
        }
        if (mark == null) {
            mark = t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')
                    ? DecimalMark.COMMA : DecimalMark.DOT;
        }
        if (t.charAt(n - 1) == '%') {
            n--;
        }
        char decimal = mark.decimal();
        char grouping = mark.grouping();
        int i = 0;
        boolean negative = false;
        if (n > 0) {
            char first = t.charAt(0);
            if (first == '-' || first == '\u2212') {
                negative = true;
                i = 1;
            } else if (first == '+') {
                i = 1;
            }
        }
        long unscaled = 0;
        int digits = 0;
        int leading = 0;      // digits before the first group separator
        int groupLength = -1; // digits since the last group separator; -1 before the first one
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (groupLength >= 0) {
                    groupLength++;
                } else {
                    leading++;
                }
            } else if (c == decimal) {
                break;
            } else if (c == grouping || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\'') {
                if (groupLength == -1 ? leading == 0 || leading > 3 : groupLength != 3) {
                    return null;
                }
                groupLength = 0;
            } else {
                return null;
            }
        }
        if (groupLength >= 0 && groupLength != 3) {
            return null;
        }
        int scale = 0;
        if (i < n) {
            for (i++; i < n; i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                scale++;
            }
        }
        if (digits == 0 || digits > 18) {
            return null;
        }
        return new Parsed(BigDecimal.valueOf(negative ? -unscaled : unscaled, scale), false, null);
    }

    /** Removes thousands separators, or returns null if the grouping is not in threes. */
    private static String ungroup(String s, DecimalMark mark) {
        if (s.chars().allMatch(Character::isDigit)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int groupLength = -1; // digits since the last separator; -1 before the first separator
        int leading = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isDigit(c)) {
                out.append(c);
                if (groupLength >= 0) {
                    groupLength++;
                } else {
                    leading++;
                }
            } else if (isGroupSeparator(c, mark)) {
                if (groupLength == -1) {
                    if (leading == 0 || leading > 3) {
                        return null;
                    }
                } else if (groupLength != 3) {
                    return null;
                }
                groupLength = 0;
            } else {
                return null;
            }
        }
        return groupLength == 3 ? out.toString() : null;
    }

    private static boolean isGroupSeparator(char c, DecimalMark mark) {
        return c == mark.grouping() || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\'';
    }

    private static Parsed error(String reason) {
        return new Parsed(null, false, reason);
    }

    /**
     * Guesses a file's decimal mark from sample cells: a comma between digits with no dot after it
     * means decimal commas, a dot between digits decimal dots; a mark followed by exactly three digits
 * (as in {@code 1.234}) could be either and does not count; with both marks the last one is decimal.
     * Returns null when the samples do not tell.
     */
    public static DecimalMark guess(Iterable<String> samples) {
        int commaVotes = 0;
        int dotVotes = 0;
        for (String raw : samples) {
            if (raw == null) {
                continue;
            }
            String s = raw.strip();
            if (!NUMERIC_LOOKING.matcher(s).matches()) {
                continue; // text such as a source citation says nothing about the decimal mark
            }
            int comma = s.lastIndexOf(',');
            int dot = s.lastIndexOf('.');
            if (comma >= 0 && dot >= 0) {
                if (comma > dot) {
                    commaVotes++;
                } else {
                    dotVotes++;
                }
            } else if (comma >= 0 && COMMA_DECIMAL.matcher(s).matches()) {
                // "1,234" could be a thousand and something or one and a fraction: no vote.
                if (s.length() - comma - 1 != 3 || COMMA_FRACTION.matcher(s).matches()) {
                    commaVotes++;
                }
            } else if (dot >= 0 && DOT_DECIMAL.matcher(s).matches()) {
                if (s.length() - dot - 1 != 3 || DOT_FRACTION.matcher(s).matches()) {
                    dotVotes++;
                }
            }
        }
        if (commaVotes == dotVotes) {
            return null;
        }
        return commaVotes > dotVotes ? DecimalMark.COMMA : DecimalMark.DOT;
    }
}
