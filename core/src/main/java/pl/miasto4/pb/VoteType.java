package pl.miasto4.pb;

import java.util.Locale;

/** The kind of ballot a participatory-budget vote used, as pabulib's {@code vote_type} names it. */
public enum VoteType {
    /** Tick any number of projects (within min/max length). */
    APPROVAL("approval"),
    /** Tick exactly one project. Counted as an approval ballot of length one. */
    CHOOSE_ONE("choose-1"),
    /** Rank projects; Polish cities give positional points (first of three places = 3 points). */
    ORDINAL("ordinal"),
    /** Spread a fixed number of points over projects. */
    CUMULATIVE("cumulative"),
    /** Give each project a score on a scale (pabulib calls it {@code scoring}). */
    CARDINAL("scoring");

    private final String pabulibName;

    VoteType(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    /** Whether ballots carry a {@code points} column. */
    public boolean hasPoints() {
        return this == CUMULATIVE || this == CARDINAL;
    }

    /** Whether greedy counting ranks by points (score) rather than by the number of supporters (votes). */
    public boolean ranksByScore() {
        return this == ORDINAL || this == CUMULATIVE || this == CARDINAL;
    }

    /** Returns the type named by pabulib's {@code vote_type}, or null when the name is unknown. */
    public static VoteType fromPabulib(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (VoteType t : values()) {
            if (t.pabulibName.equals(n)) {
                return t;
            }
        }
        return n.equals("cardinal") ? CARDINAL : null;
    }
}
