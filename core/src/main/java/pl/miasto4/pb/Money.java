package pl.miasto4.pb;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Amounts of money as exact integers. A file's costs and budget may carry decimals (Warszawa's do:
 * {@code 376634.74}); the reader picks the smallest number of decimal places that represents them all
 * exactly and stores every amount multiplied by 10^scale.
 */
public final class Money {
    private Money() {
    }

    /** Decimal places of a plain decimal number ({@code 12}, {@code 12.5}, {@code 1,5} with a comma). */
    public static int decimals(String text) {
        BigDecimal d = parse(text).stripTrailingZeros();
        return Math.max(0, d.scale());
    }

    /** Costs beyond this (10^12, a million millions) are refused: they fit in a {@code long} at any scale up to 6. */
    public static final BigDecimal MAX = BigDecimal.TEN.pow(12);

    /**
     * The amount written in {@code text}; texts over 40 characters are refused as not a number before
     * being converted (the conversion takes time growing with the square of the digits).
     */
    public static BigDecimal parse(String text) {
        String t = text.trim();
        if (t.length() > 40) {
            throw new NumberFormatException("a number of " + t.length() + " characters; at most 40 are accepted");
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    /** The amount in units of 10^-scale; throws ArithmeticException if it has more decimals or is too large. */
    public static long toUnits(String text, int scale) {
        return parse(text).movePointRight(scale).longValueExact();
    }

    /** Formats units back as a plain decimal with exactly the needed decimals ({@code 37663474} at scale 2 → {@code 376634.74}). */
    public static String format(long units, int scale) {
        return new BigDecimal(BigInteger.valueOf(units), scale).stripTrailingZeros().toPlainString();
    }

    /** Formats with thousands separators for people ({@code 1 000 000}). */
    public static String human(long units, int scale) {
        return human(new BigDecimal(BigInteger.valueOf(units), scale).stripTrailingZeros());
    }

    /** Formats a decimal amount with thousands separators, keeping its decimals ({@code 46 856.93}). */
    public static String human(BigDecimal d) {
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        StringBuilder sb = new StringBuilder();
        boolean negative = whole.startsWith("-");
        if (negative) {
            whole = whole.substring(1);
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(' ');
            }
            sb.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + sb + frac;
    }
}
