package pl.miasto4.tabular;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * The number parser as it was before its fast path (commit 27223e1), kept verbatim except for its
 * name, as the oracle the production parser is compared against.
 */
public final class ReferenceNumberParser {

    /** Cells that mean "no value" rather than a number (GUS uses '-', '.', 'x'). */
    private static final Set<String> NO_DATA = Set.of("", "na", "n/a", "nan", "null", "-", "–", "—", ".", "..", "x",
            "brak", "brak danych", "b.d.", "bd", ":");

    private static final java.util.regex.Pattern NUMERIC_LOOKING =
            java.util.regex.Pattern.compile("[-+\u2212]?[\\d][\\d .,\u00A0\u202F']*(?:[eE][-+]?\\d+)?%?");

    private ReferenceNumberParser() {
    }

    /** The outcome: a value, "no data", or the reason the text is not a number. */
    public record Parsed(BigDecimal value, boolean noData, String error) {
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
        if (isNoData(text)) {
            return new Parsed(null, true, null);
        }
        String t = text.strip();
        if (mark == null) {
            mark = t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')
                    ? DecimalMark.COMMA : DecimalMark.DOT;
        }
        if (t.startsWith("#")) {
            return error("spreadsheet error value '" + t + "'");
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
            if (!exponent.matches("[+-]?\\d{1,3}")) {
                return error("not a number: '" + text.strip() + "'");
            }
        }
        String body = t.substring(i);
        if (body.isEmpty()) {
            return error("not a number: '" + text.strip() + "'");
        }
        int decimalAt = body.lastIndexOf(mark.decimal());
        if (body.indexOf(mark.decimal()) != decimalAt) {
            return error("'" + text.strip() + "' has more than one decimal mark '" + mark.decimal() + "'");
        }
        String integerPart = decimalAt >= 0 ? body.substring(0, decimalAt) : body;
        String fraction = decimalAt >= 0 ? body.substring(decimalAt + 1) : "";
        if (!fraction.chars().allMatch(Character::isDigit) || (decimalAt >= 0 && fraction.isEmpty() && integerPart.isEmpty())) {
            if (fraction.indexOf(mark.grouping()) >= 0 && mark == DecimalMark.COMMA) {
                return error("'" + text.strip() + "' uses a decimal dot, but this file uses decimal commas");
            }
            return error("not a number: '" + text.strip() + "'");
        }
        String grouped = ungroup(integerPart, mark);
        if (grouped == null) {
            if (mark == DecimalMark.DOT && integerPart.indexOf(',') >= 0) {
                return error("'" + text.strip() + "' uses a decimal comma, but this file uses decimal dots");
            }
            if (mark == DecimalMark.COMMA && integerPart.indexOf('.') >= 0) {
                return error("'" + text.strip() + "' uses a decimal dot, but this file uses decimal commas");
            }
            return error("not a number: '" + text.strip() + "'");
        }
        digits.append(grouped.isEmpty() ? "0" : grouped);
        if (!fraction.isEmpty()) {
            digits.append('.').append(fraction);
        }
        if (!exponent.isEmpty()) {
            digits.append('E').append(exponent);
        }
        try {
            return new Parsed(new BigDecimal(digits.toString()), false, null);
        } catch (NumberFormatException ex) {
            return error("not a number: '" + text.strip() + "'");
        }
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
            } else if (comma >= 0 && s.matches("[-+\u2212]?[\\d \u00A0\u202F]*\\d,\\d+%?")) {
                // "1,234" could be a thousand and something or one and a fraction: no vote.
                if (s.length() - comma - 1 != 3 || s.matches("[-+\u2212]?0,\\d+")) {
                    commaVotes++;
                }
            } else if (dot >= 0 && s.matches("[-+\u2212]?[\\d \u00A0\u202F]*\\d\\.\\d+(?:[eE][-+]?\\d+)?%?")) {
                if (s.length() - dot - 1 != 3 || s.matches("[-+\u2212]?0\\.\\d+")) {
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
