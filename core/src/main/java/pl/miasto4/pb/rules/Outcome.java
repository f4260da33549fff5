package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of counting: the funded projects in the order the rule chose them, a verdict for every
 * project, and what the data could not settle. {@code undetermined} lists facts the rule needs but the
 * file does not record (a tie decided by lot, reserve funds of unknown size); the count then follows a
 * documented default, and a check that disagrees with the official result reports the file as
 * unsupported rather than wrong. {@code unsupported} is set when the rule cannot be applied at all.
 */
public record Outcome(String rule, List<Integer> selected, List<Verdict> verdicts, List<String> notes,
                      List<Why> undetermined, Optional<String> unsupported) {

    public static Outcome unsupported(String rule, String reason) {
        return new Outcome(rule, List.of(), List.of(), List.of(), List.of(), Optional.of(reason));
    }

    public boolean isSupported() {
        return unsupported.isEmpty();
    }

    /** Ids of the funded projects, in the order chosen. */
    public List<String> selectedIds(Instance instance) {
        List<String> ids = new ArrayList<>(selected.size());
        for (int p : selected) {
            ids.add(instance.project(p).id());
        }
        return ids;
    }

    public long totalCost(Instance instance) {
        return instance.totalCost(selected);
    }

    /** Verdicts ordered for reading: funded first in the order chosen, then the others by step. */
    public List<Verdict> verdictsForReading() {
        List<Verdict> v = new ArrayList<>(verdicts);
        v.sort(Comparator.comparing((Verdict x) -> !x.selected())
                .thenComparingInt(x -> x.step() == 0 ? Integer.MAX_VALUE : x.step()));
        return v;
    }
}
