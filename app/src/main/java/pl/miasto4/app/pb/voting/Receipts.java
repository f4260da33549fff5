package pl.miasto4.app.pb.voting;

import java.util.Locale;

/**
 * Receipt codes: 20 characters of Crockford's base32 (100 random bits), shown in groups of four
 * ({@code 7K2Q-M9XD-…}). Read back ignoring case, spaces and dashes, with O→0 and I/L→1, so a code
 * copied from paper by hand still works.
 */
public final class Receipts {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int LENGTH = 20;

    private Receipts() {
    }

    public static String newCode() {
        StringBuilder sb = new StringBuilder(LENGTH + 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[PbSecrets.random().nextInt(32)]);
        }
        return sb.toString();
    }

    /** The code without separators, upper case, with look-alike letters mapped; empty if it cannot be one. */
    public static String normalize(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(LENGTH);
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            c = c == 'O' ? '0' : (c == 'I' || c == 'L') ? '1' : c;
            sb.append(c);
        }
        return sb.toString();
    }

    /** Whether the text can be a receipt code at all (length and alphabet). */
    public static boolean wellFormed(String code) {
        String n = normalize(code);
        if (n.length() != LENGTH) {
            return false;
        }
        for (char c : n.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
