package pl.miasto4.maturity.roadmap;

import pl.miasto4.maturity.assessment.CriterionResult;
import pl.miasto4.maturity.assessment.MaturityProfile;
import pl.miasto4.maturity.assessment.Score;
import pl.miasto4.maturity.model.Aggregation;
import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.Criterion;
import pl.miasto4.maturity.model.Dimension;
import pl.miasto4.maturity.model.MaturityModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns a maturity profile and targets into a roadmap.
 * <ol>
 * <li><b>Gaps</b>: every applicable criterion of a targeted dimension below the target; an
 * unanswered criterion is assumed at level 1 and flagged.</li>
 * <li><b>Selection</b>: greedily, the action with the highest impact per cost unit, where impact
 * is Σ weight × levels it adds below the target given the actions already chosen; until no action
 * adds anything.</li>
 * <li><b>Prerequisites</b>: every action a chosen action requires, transitively (e.g. the data
 * governance ordinance before a digital twin).</li>
 * <li><b>Order</b>: topological (an action after all it requires; a cycle is an error), and
 * among the actions that are ready, the <em>balancing rule</em>: take the action whose component
 * has the fewest scheduled actions relative to its deficit, key = (scheduled + 1) / deficit,
 * deficit = max(0.5, mean target − component score). So the weakest of the four equal
 * components (report 002, lines 6630–6632: neglecting one can ruin the whole) gets turns first
 * and no component waits until the others are done. Ties: impact per cost unit, then id.</li>
 * <li><b>Years</b>: the ordered steps are spread evenly over the horizon, in order, so a step is
 * never scheduled before what it requires.</li>
 * </ol>
 */
public final class RoadmapPlanner {
    private static final double MIN_DEFICIT = 0.5;
    private final MaturityModel model;
    private final ActionCatalogue catalogue;

    public RoadmapPlanner(MaturityModel model, ActionCatalogue catalogue) {
        if (!catalogue.modelId().equals(model.id())) {
            throw new IllegalArgumentException("the catalogue is for " + catalogue.modelId() + ", not " + model.id());
        }
        this.model = model;
        this.catalogue = catalogue;
    }

    public Roadmap plan(MaturityProfile profile, RoadmapRequest request) {
        request.targets().keySet().forEach(d -> model.dimension(d)
                .orElseThrow(() -> new IllegalArgumentException("unknown dimension " + d)));
        Map<String, Integer> criterionTargets = new LinkedHashMap<>();
        Map<String, Double> levels = new HashMap<>();
        List<Roadmap.DimensionGap> gaps = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            Integer target = request.targets().get(d.id());
            if (target == null) {
                continue;
            }
            List<Roadmap.CriterionGap> below = new ArrayList<>();
            for (Criterion c : d.criteria()) {
                CriterionResult r = profile.criteria().get(c.id());
                if (r.status() == CriterionResult.Status.NOT_APPLICABLE) {
                    continue;
                }
                double current = r.level().orElse(MaturityModel.MIN_LEVEL);
                levels.put(c.id(), current);
                if (current < target) {
                    criterionTargets.put(c.id(), target);
                    below.add(new Roadmap.CriterionGap(c.id(), r.level(), r.level().isPresent(), target));
                }
            }
            Score score = profile.dimensions().get(d.id());
            OptionalDouble current = score.value().isPresent() ? score.value() : score.partial();
            double gap = Math.max(0, target - current.orElse(MaturityModel.MIN_LEVEL));
            gaps.add(new Roadmap.DimensionGap(d.id(), current, target, gap, below));
        }

        // 2. greedy selection by impact per cost unit
        Map<String, Double> planned = new HashMap<>(levels);
        Map<String, Double> impacts = new LinkedHashMap<>();
        Set<String> chosen = new LinkedHashSet<>();
        while (true) {
            Action best = null;
            double bestValue = 0;
            for (Action a : catalogue.actions()) {
                if (chosen.contains(a.id())) {
                    continue;
                }
                double value = impact(a, planned, criterionTargets) / a.cost().units();
                if (value > bestValue + 1e-12 || (best != null && Math.abs(value - bestValue) <= 1e-12
                        && value > 0 && a.id().compareTo(best.id()) < 0)) {
                    best = a;
                    bestValue = value;
                }
            }
            if (best == null) {
                break;
            }
            impacts.put(best.id(), impact(best, planned, criterionTargets));
            apply(best, planned);
            chosen.add(best.id());
        }

        // 3. prerequisites
        Map<String, Roadmap.Reason> reasons = new LinkedHashMap<>();
        chosen.forEach(id -> reasons.put(id, Roadmap.Reason.CLOSES_GAP));
        List<String> stack = new ArrayList<>(chosen);
        while (!stack.isEmpty()) {
            Action a = catalogue.action(stack.remove(stack.size() - 1)).orElseThrow();
            for (String req : a.requires()) {
                if (!reasons.containsKey(req)) {
                    reasons.put(req, Roadmap.Reason.PREREQUISITE);
                    impacts.put(req, 0.0);
                    stack.add(req);
                }
            }
        }

        // 4. order with the balancing rule
        Map<Component, Double> deficits = deficits(profile, request);
        Map<String, List<String>> requires = new LinkedHashMap<>();
        reasons.keySet().forEach(id -> requires.put(id, catalogue.action(id).orElseThrow().requires()));
        List<String> order = Dependencies.order(requires, scheduled -> {
            Map<Component, Integer> counts = new EnumMap<>(Component.class);
            scheduled.forEach(id -> counts.merge(catalogue.action(id).orElseThrow().component(), 1, Integer::sum));
            Comparator<String> byBalance = Comparator.comparingDouble(id -> {
                Component c = catalogue.action(id).orElseThrow().component();
                return (counts.getOrDefault(c, 0) + 1) / deficits.get(c);
            });
            Comparator<String> byValue = Comparator.comparingDouble(
                    id -> -impacts.getOrDefault(id, 0.0) / catalogue.action(id).orElseThrow().cost().units());
            return byBalance.thenComparing(byValue).thenComparing(Comparator.naturalOrder());
        });

        // 5. years, and levels after each step
        int perYear = (int) Math.ceil((double) order.size() / request.horizonYears());
        Map<String, Double> running = new HashMap<>(levels);
        List<Roadmap.Step> steps = new ArrayList<>();
        Map<Component, int[]> load = new EnumMap<>(Component.class);
        for (int i = 0; i < order.size(); i++) {
            Action a = catalogue.action(order.get(i)).orElseThrow();
            Map<String, Double> after = new LinkedHashMap<>();
            for (Action.Raise r : a.raises()) {
                double now = running.getOrDefault(r.criterionId(), currentLevel(profile, r.criterionId()));
                double next = r.levelAfter(now);
                running.put(r.criterionId(), next);
                after.put(r.criterionId(), next);
            }
            int year = perYear == 0 ? 1 : i / perYear + 1;
            steps.add(new Roadmap.Step(i + 1, year, a, reasons.get(a.id()), impacts.getOrDefault(a.id(), 0.0), after));
            int[] l = load.computeIfAbsent(a.component(), k -> new int[2]);
            l[0]++;
            l[1] += a.cost().units();
        }
        Map<Component, Roadmap.ComponentLoad> balance = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            int[] l = load.getOrDefault(c, new int[2]);
            balance.put(c, new Roadmap.ComponentLoad(l[0], l[1], deficits.get(c)));
        }

        Map<String, OptionalDouble> projected = new LinkedHashMap<>();
        List<String> unreachable = new ArrayList<>();
        for (Roadmap.DimensionGap g : gaps) {
            Dimension d = model.dimension(g.dimensionId()).orElseThrow();
            List<Aggregation.Weighted> items = d.criteria().stream().filter(c -> running.containsKey(c.id()))
                    .map(c -> new Aggregation.Weighted(running.get(c.id()), c.weight())).toList();
            OptionalDouble p = model.aggregation().criterionToDimension().apply(items);
            projected.put(d.id(), p);
            if (p.isEmpty() || p.getAsDouble() + 1e-9 < g.target()) {
                unreachable.add(d.id());
            }
        }
        return new Roadmap(request, gaps, steps, projected, unreachable, balance);
    }

    private static double currentLevel(MaturityProfile profile, String criterionId) {
        CriterionResult r = profile.criteria().get(criterionId);
        return r == null ? MaturityModel.MIN_LEVEL : r.level().orElse(MaturityModel.MIN_LEVEL);
    }

    /** Σ weight × levels the action adds below the targets, from the planned levels. */
    private double impact(Action a, Map<String, Double> planned, Map<String, Integer> targets) {
        double sum = 0;
        for (Action.Raise r : a.raises()) {
            Integer target = targets.get(r.criterionId());
            Double now = planned.get(r.criterionId());
            if (target == null || now == null) {
                continue;
            }
            double gained = Math.min(r.levelAfter(now), target) - now;
            if (gained > 0) {
                sum += gained * model.criterion(r.criterionId()).orElseThrow().weight();
            }
        }
        return sum;
    }

    private static void apply(Action a, Map<String, Double> planned) {
        for (Action.Raise r : a.raises()) {
            Double now = planned.get(r.criterionId());
            if (now != null) {
                planned.put(r.criterionId(), r.levelAfter(now));
            }
        }
    }

    private Map<Component, Double> deficits(MaturityProfile profile, RoadmapRequest request) {
        double meanTarget = request.targets().values().stream().mapToInt(Integer::intValue).average()
                .orElse(MaturityModel.MAX_LEVEL);
        Map<Component, Double> out = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            Score s = profile.components().get(c);
            double score = (s.value().isPresent() ? s.value() : s.partial()).orElse(MaturityModel.MIN_LEVEL);
            out.put(c, Math.max(MIN_DEFICIT, meanTarget - score));
        }
        return out;
    }
}
