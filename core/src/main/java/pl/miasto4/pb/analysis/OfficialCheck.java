package pl.miasto4.pb.analysis;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.OfficialResult;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.rules.Outcome;
import pl.miasto4.pb.rules.PoznanRule;
import pl.miasto4.pb.rules.Rule;
import pl.miasto4.pb.rules.Rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts a file with the rule the file names and compares the result with the official one (the
 * {@code selected} column). The rule never sees that column: the comparison happens here, after counting.
 */
public final class OfficialCheck {
    public enum Status { OK, DIFF, UNSUPPORTED }

    /**
     * @param missing  ids the official result funds but the count does not ("should be selected")
     * @param extra    ids the count funds but the official result does not ("should not be")
     */
    public record Result(String source, Status status, List<String> missing, List<String> extra, String reason) {
        public boolean passed() {
            return status == Status.OK;
        }

        /** {@code <file> OK}, {@code <file> DIFF +a,b -c} or {@code <file> UNSUPPORTED reason}. */
        public String line() {
            return switch (status) {
                case OK -> reason == null || reason.isEmpty() ? source + " OK" : source + " OK (" + reason + ")";
                case DIFF -> source + " DIFF " + diff(missing, extra);
                case UNSUPPORTED -> source + " UNSUPPORTED " + reason;
            };
        }
    }

    private OfficialCheck() {
    }

    static String diff(List<String> missing, List<String> extra) {
        return "+" + String.join(",", missing) + " -" + String.join(",", extra);
    }

    public static Result check(PabulibFile file) {
        Instance instance = file.instance();
        String ruleName = instance.rule();
        Optional<Rule> rule = Rules.byName(ruleName);
        if (rule.isEmpty()) {
            return unsupported(file, "unknown rule '" + ruleName + "'");
        }
        if (file.official().isEmpty()) {
            return unsupported(file, "the file has no 'selected' column, so there is no official result to compare");
        }
        Outcome outcome = rule.get().count(instance, file.profile());
        OfficialResult official = file.official().get();
        Set<String> funded = official.marked(marksCountedByRule(instance));
        if (!outcome.isSupported()) {
            String reason = outcome.unsupported().get();
            if (ruleName.equals("greedy-exclusive")) {
                // say how far plain greedy is from the official result, for the reader, without claiming it
                Outcome plain = Rules.byName("greedy").orElseThrow().count(instance, file.profile());
                Set<String> g = new TreeSet<>(plain.selectedIds(instance));
                if (g.equals(funded)) {
                    // no exclusion group had two projects competing: greedy's result is the rule's result
                    return new Result(file.source(), Status.OK, List.of(), List.of(), "greedy-exclusive without the "
                            + "exclusion groups in the data, but plain greedy gives the official result, so no exclusion "
                            + "changed it");
                }
                reason += " (plain greedy, without exclusions, differs: " + diff(minus(funded, g), minus(g, funded)) + ")";
            }
            return unsupported(file, reason);
        }
        Set<String> counted = new TreeSet<>(outcome.selectedIds(instance));
        List<String> missing = minus(funded, counted);
        List<String> extra = minus(counted, funded);
        if (missing.isEmpty() && extra.isEmpty()) {
            return new Result(file.source(), Status.OK, List.of(), List.of(), "");
        }
        if (!outcome.undetermined().isEmpty()) {
            return new Result(file.source(), Status.UNSUPPORTED, missing, extra,
                    String.join("; ", outcome.undetermined().stream().map(Object::toString).toList()) + " (the count differs: " + diff(missing, extra) + ")");
        }
        return new Result(file.source(), Status.DIFF, missing, extra, "");
    }

    /**
     * Which {@code selected} values the rule itself produces. pabulib marks projects funded outside the
     * counted budget with 2 or 3 (Gdynia's turnout award "Projekt +1" = 2; Poznań's later extra funds = 3),
     * except that Poznań's own rule funds a project from its reserve by the 80% step and marks it 2. As in
     * pabulib's checker, the comparison is with the values the rule produces.
     */
    static Set<Integer> marksCountedByRule(Instance instance) {
        if (instance.rule().equals("greedy-custom") && PoznanRule.documentedBy(instance.comment())) {
            return Set.of(1, 2);
        }
        return Set.of(1);
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        for (String id : a) {
            if (!b.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static Result unsupported(PabulibFile file, String reason) {
        return new Result(file.source(), Status.UNSUPPORTED, List.of(), List.of(), reason);
    }
}
