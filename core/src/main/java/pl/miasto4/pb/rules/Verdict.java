package pl.miasto4.pb.rules;

/**
 * Why one project won or lost under a rule. {@code step} is the position at which the rule considered
 * (greedy) or bought (Equal Shares, Phragmén) the project, 0 if never reached; {@code remainingBefore}
 * is the money left when it was considered (money units, -1 if not meaningful). For Equal Shares,
 * {@code pricePerSupporter} is what each supporter who could afford it paid (the others paid all they had
 * left, {@code exhaustedPayers} of them). {@code why} is the reason as a code the application words.
 */
public record Verdict(int project, boolean selected, int step, long score, long remainingBefore, Why why,
                      Rational pricePerSupporter, int exhaustedPayers) {

    public static Verdict of(int project, boolean selected, int step, long score, long remainingBefore, Why why) {
        return new Verdict(project, selected, step, score, remainingBefore, why, null, 0);
    }

    /** The reason in English (command line). */
    public String reason() {
        return why.english();
    }
}
