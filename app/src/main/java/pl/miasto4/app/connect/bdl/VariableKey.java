package pl.miasto4.app.connect.bdl;

import java.util.Locale;

/**
 * How a person names a BDL variable on the command line: {@code P2392:ogółem}, {@code P2137:ogółem | ogółem}
 * (case and spaces around {@code |} do not matter), or the subgroup alone.
 */
final class VariableKey {
    private VariableKey() {
    }

    static String of(String subgroup, String variable) {
        return normalise((subgroup == null ? "" : subgroup) + ":" + variable);
    }

    static String normalise(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*\\|\\s*", " | ").replaceAll("\\s*:\\s*", ":");
    }

    /** What to type to name this variable (quoted when it has spaces). */
    static String display(String subgroup, String variable) {
        String k = (subgroup == null ? "?" : subgroup) + ":" + variable;
        return k.contains(" ") ? "\"" + k + "\"" : k;
    }
}
