package pl.miasto4.maturity.roadmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders actions so that every action comes after those it requires (Kahn's topological sort).
 * Among the actions ready at a step, {@code priority} decides — it is asked anew at every step,
 * so it may depend on what has been scheduled already (that is how roadmaps balance components).
 */
final class Dependencies {
    private Dependencies() {
    }

    /** A cycle among the given requirements, if any (depth-first search). */
    static Optional<List<String>> findCycle(Map<String, List<String>> requires) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the stack, 2 = done
        for (String start : requires.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> cycle = visit(start, requires, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(String node, Map<String, List<String>> requires,
                                                Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return Optional.empty();
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        state.put(node, 1);
        path.add(node);
        for (String next : requires.getOrDefault(node, List.of())) {
            Optional<List<String>> cycle = visit(next, requires, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return Optional.empty();
    }

    /**
     * @param requires for each node, the nodes that must come before it (only nodes in the map count)
     * @param priority given the nodes scheduled so far, a comparator of ready nodes (smallest first)
     */
    static List<String> order(Map<String, List<String>> requires,
                              Function<List<String>, Comparator<String>> priority) {
        findCycle(requires).ifPresent(c -> {
            throw new DependencyCycleException(c);
        });
        Map<String, Set<String>> waitingOn = new LinkedHashMap<>();
        requires.forEach((node, before) -> {
            Set<String> set = new HashSet<>(before);
            set.retainAll(requires.keySet());
            waitingOn.put(node, set);
        });
        List<String> scheduled = new ArrayList<>();
        Set<String> ready = new HashSet<>();
        waitingOn.forEach((node, before) -> {
            if (before.isEmpty()) {
                ready.add(node);
            }
        });
        while (!ready.isEmpty()) {
            PriorityQueue<String> queue = new PriorityQueue<>(priority.apply(Collections.unmodifiableList(scheduled)));
            queue.addAll(ready);
            String next = queue.poll();
            ready.remove(next);
            scheduled.add(next);
            waitingOn.forEach((node, before) -> {
                if (before.remove(next) && before.isEmpty()) {
                    ready.add(node);
                }
            });
        }
        return scheduled;
    }
}
