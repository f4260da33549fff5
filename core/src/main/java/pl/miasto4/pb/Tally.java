package pl.miasto4.pb;

/**
 * Per-project totals counted from the ballots (never from the file's declared {@code votes} or
 * {@code score} columns): supporters = ballots that name the project; score = points. For ordinal
 * ballots the points are positional as Polish cities give them: with {@code max_length} = 3 the first
 * choice gets 3, the second 2, the third 1 (checked against every ordinal file in pabulib).
 */
public final class Tally {
    private final long[] supporters;
    private final long[] score;
    private final boolean byScore;

    private Tally(long[] supporters, long[] score, boolean byScore) {
        this.supporters = supporters;
        this.score = score;
        this.byScore = byScore;
    }

    public static Tally of(Instance instance, Profile profile) {
        int m = instance.size();
        long[] sup = new long[m];
        long[] sc = new long[m];
        VoteType type = instance.voteType();
        long maxLength = instance.metaLong("max_length").orElse(0);
        for (int b = 0; b < profile.size(); b++) {
            int len = profile.length(b);
            for (int k = 0; k < len; k++) {
                int p = profile.project(b, k);
                sup[p]++;
                sc[p] += utility(type, profile, b, k, len, maxLength);
            }
        }
        return new Tally(sup, sc, type.ranksByScore());
    }

    /** What position {@code k} of ballot {@code b} gives its project: 1, the points, or positional points. */
    public static long utility(VoteType type, Profile profile, int b, int k, int len, long maxLength) {
        return switch (type) {
            case APPROVAL, CHOOSE_ONE -> 1;
            case ORDINAL -> Math.max(maxLength, len) - k;
            case CUMULATIVE, CARDINAL -> profile.points(b, k);
        };
    }

    /** Number of ballots that name the project. */
    public long supporters(int project) {
        return supporters[project];
    }

    /** Points the project received (equal to supporters for approval ballots). */
    public long score(int project) {
        return score[project];
    }

    /** What greedy counting ranks by: the score for ordinal, cumulative and cardinal ballots, else supporters. */
    public long measure(int project) {
        return byScore ? score[project] : supporters[project];
    }

    /** "votes" or "points", the name of {@link #measure(int)} for people. */
    public String measureName() {
        return byScore ? "points" : "votes";
    }
}
