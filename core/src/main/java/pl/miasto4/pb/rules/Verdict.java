package pl.miasto4.pb.rules;

/**
 * Why one project won or lost under a rule. {@code step} is the position at which the rule considered
 * (greedy) or bought (Equal Shares, Phragmén) the project, 0 if never reached; {@code remainingBefore}
 * is the money left when it was considered (money units, -1 if not meaningful). For Equal Shares,
 * {@code pricePerSupporter} is what each supporter who could afford it paid (the others paid all they had
 * left, {@code exhaustedPayers} of them). {@code why} is the reason as a code with values (null for rules that
 * give only the English {@code reason}).
 */
public record Verdict(int project, boolean selected, int step, long score, long remainingBefore, String reason,
                      Rational pricePerSupporter, int exhaustedPayers, Why why) {

    /** A verdict whose reason is only an English sentence (rules not yet giving a {@link Why}). */
    public static Verdict of(int project, boolean selected, int step, long score, long remainingBefore, String reason) {
        return new Verdict(project, selected, step, score, remainingBefore, reason, null, 0, null);
    }

    /** A verdict with its reason as a code and values ({@code why}) and as an English sentence ({@code reason}). */
    public static Verdict of(int project, boolean selected, int step, long score, long remainingBefore, Why why, String reason) {
        return new Verdict(project, selected, step, score, remainingBefore, reason, null, 0, why);
    }
}
