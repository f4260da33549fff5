package pl.miasto4.maturity.roadmap;

import java.util.List;

/** Actions that require each other in a circle cannot be ordered. */
public class DependencyCycleException extends RuntimeException {
    private final List<String> cycle;

    public DependencyCycleException(List<String> cycle) {
        super("actions require each other in a cycle: " + String.join(" → ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    public List<String> cycle() {
        return cycle;
    }
}
