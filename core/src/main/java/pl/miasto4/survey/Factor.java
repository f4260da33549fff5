package pl.miasto4.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A categorical column: one level code per respondent ({@code -1} = no answer) and the levels as
 * written in the file, in order of first appearance. {@link #sortedLevels()} is the order used for
 * domains and reference levels: numeric when every level is a number, else by text.
 */
public final class Factor {
    private final int[] codes;
    private final List<String> levels;
    private final Map<String, Integer> index = new HashMap<>();

    /** Takes ownership of {@code codes}. */
    public Factor(int[] codes, List<String> levels) {
        this.codes = codes;
        this.levels = List.copyOf(levels);
        for (int i = 0; i < this.levels.size(); i++) {
            index.put(this.levels.get(i), i);
        }
        for (int c : codes) {
            if (c < -1 || c >= this.levels.size()) {
                throw new IllegalArgumentException("level code " + c + " out of range");
            }
        }
    }

    /** Codes from text values; null or blank means no answer. */
    public static Factor of(String... values) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> levels = new ArrayList<>();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? "" : values[i].strip();
            if (v.isEmpty()) {
                codes[i] = -1;
                continue;
            }
            Integer c = seen.get(v);
            if (c == null) {
                c = levels.size();
                seen.put(v, c);
                levels.add(v);
            }
            codes[i] = c;
        }
        return new Factor(codes, levels);
    }

    public int size() {
        return codes.length;
    }

    public int code(int row) {
        return codes[row];
    }

    /** The codes themselves (not a copy: callers must not change them). */
    int[] codes() {
        return codes;
    }

    public List<String> levels() {
        return levels;
    }

    public String level(int code) {
        return levels.get(code);
    }

    /**
     * The code of a level given as text: the same text, else (when both are numbers) the same
     * number, so "1" finds a level written "1.0" or "1,0". Returns -1 when no respondent has it.
     */
    public int find(String level) {
        String t = level.strip();
        Integer c = index.get(t);
        if (c != null) {
            return c;
        }
        BigDecimal wanted = number(t);
        if (wanted == null) {
            return -1;
        }
        for (int i = 0; i < levels.size(); i++) {
            BigDecimal have = number(levels.get(i));
            if (have != null && have.compareTo(wanted) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Level codes in domain order: by value when every level is a number, else by text. */
    public List<Integer> sortedLevels() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            order.add(i);
        }
        boolean numeric = levels.stream().allMatch(l -> number(l) != null);
        Comparator<Integer> by = numeric
                ? Comparator.comparing((Integer i) -> number(levels.get(i))).thenComparing(levels::get)
                : Comparator.comparing(levels::get);
        Collections.sort(order, by);
        return order;
    }

    private static BigDecimal number(String s) {
        String t = s.replace(',', '.');
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
