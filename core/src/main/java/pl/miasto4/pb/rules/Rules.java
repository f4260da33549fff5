package pl.miasto4.pb.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The rules by name, as pabulib's {@code rule} field and the {@code --rule} option name them. */
public final class Rules {
    private static final Map<String, Supplier<Rule>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("greedy", GreedyRule::greedy);
        RULES.put("greedy-no-skip", GreedyRule::noSkip);
        RULES.put("greedy-threshold", GreedyRule::threshold);
        RULES.put("greedy-exclusive", ExclusiveGreedyRule::new);
        RULES.put("greedy-custom", CustomGreedyRule::new);
        equalShares("equalshares", EqualSharesRule.Completion.NONE);
        equalShares("equalshares/add1", EqualSharesRule.Completion.ADD1);
        equalShares("equalshares/add1-comparison", EqualSharesRule.Completion.ADD1_COMPARISON);
        equalShares("equalshares/utilitarian", EqualSharesRule.Completion.UTILITARIAN);
        equalShares("equalshares/add1-utilitarian", EqualSharesRule.Completion.ADD1_UTILITARIAN);
        RULES.put("phragmen", PhragmenRule::new);
        RULES.put("max-welfare", MaxWelfareRule::new);
    }

    private static void equalShares(String name, EqualSharesRule.Completion completion) {
        RULES.put(name, () -> new EqualSharesRule(name, completion, Satisfaction.COST));
    }

    private Rules() {
    }

    static void register(String name, Supplier<Rule> rule) {
        RULES.put(name, rule);
    }

    public static Optional<Rule> byName(String name) {
        Supplier<Rule> s = RULES.get(name.trim());
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    public static Iterable<String> names() {
        return RULES.keySet();
    }
}
