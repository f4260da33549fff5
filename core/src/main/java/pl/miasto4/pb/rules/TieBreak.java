package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;

import java.util.ArrayList;
import java.util.List;

/**
 * Tie-breaking of the proportional rules, as equalshares.net does it: the cheaper project, then the one
 * with more supporters; if they still tie, the first in the file, and the tie is recorded because the
 * data does not settle it.
 */
final class TieBreak {
    private TieBreak() {
    }

    static int cheapestThenMostSupported(Instance instance, Supporters sup, List<Integer> tied, List<Why> ties,
                                         int round, String measure) {
        if (tied.size() == 1) {
            return tied.get(0);
        }
        List<Integer> left = new ArrayList<>(tied);
        long minCost = left.stream().mapToLong(p -> instance.project(p).cost()).min().orElseThrow();
        left.removeIf(p -> instance.project(p).cost() != minCost);
        int maxSup = left.stream().mapToInt(sup::count).max().orElseThrow();
        left.removeIf(p -> sup.count(p) != maxSup);
        left.sort(Integer::compare);
        if (left.size() > 1) {
            List<String> ids = new ArrayList<>();
            for (int p : left) {
                ids.add(instance.project(p).id());
            }
            ties.add(Why.of("tie." + measure, "round " + round + ": projects " + String.join(", ", ids) + " tie in "
                    + measure + ", cost and supporters; the first in the file was taken", round, String.join(", ", ids),
                    ids.get(0)));
        }
        return left.get(0);
    }
}
