package pl.miasto4.pb.analysis;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Tally;
import pl.miasto4.pb.rules.Outcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How an outcome treats the voters: who got at least one project they voted for, and whether groups
 * (districts, categories, age, sex) receive money in proportion to their size or support. Money is
 * attributed to voters by splitting each funded project's cost equally among its supporters, the same
 * accounting Equal Shares uses; the figures are for people to read, no rule decides on them.
 */
public final class Fairness {
    private Fairness() {
    }

    /** Headline figures of one outcome. */
    public record Summary(String rule, int funded, long spent, int voters, int covered, double fundedPerVoter,
                          long totalScore) {
        /** Share of voters with at least one funded project they voted for. */
        public double coveredShare() {
            return voters == 0 ? 0 : (double) covered / voters;
        }
    }

    /** One group's share of voters (or of support) against its share of the money. */
    public record GroupShare(String group, int voters, double shareOfVoters, double coveredShare,
                             double shareOfMoney) {
    }

    public static Summary summarize(Instance instance, Profile profile, Outcome outcome) {
        Set<Integer> funded = new HashSet<>(outcome.selected());
        int covered = 0;
        long fundedEntries = 0;
        for (int b = 0; b < profile.size(); b++) {
            boolean any = false;
            for (int k = 0; k < profile.length(b); k++) {
                if (funded.contains(profile.project(b, k))) {
                    any = true;
                    fundedEntries++;
                }
            }
            if (any) {
                covered++;
            }
        }
        Tally tally = Tally.of(instance, profile);
        long score = 0;
        for (int p : outcome.selected()) {
            score += tally.measure(p);
        }
        int n = profile.size();
        return new Summary(outcome.rule(), outcome.selected().size(), outcome.totalCost(instance), n, covered,
                n == 0 ? 0 : (double) fundedEntries / n, score);
    }

    /** Voter attributes worth grouping by: district, neighborhood, sex, age (in bands), voting method. */
    public static List<String> voterGroupings(Profile profile) {
        List<String> out = new ArrayList<>();
        for (String a : List.of("district", "neighborhood", "sex", "age", "voting_method")) {
            if (profile.attributes().containsKey(a)) {
                out.add(a);
            }
        }
        return out;
    }

    static String band(String age) {
        try {
            int a = Integer.parseInt(age.trim());
            if (a < 18) {
                return "under 18";
            }
            if (a < 30) {
                return "18-29";
            }
            if (a < 45) {
                return "30-44";
            }
            if (a < 60) {
                return "45-59";
            }
            return "60+";
        } catch (NumberFormatException e) {
            return "unknown";
        }
    }

    /**
     * Per value of a voter attribute: how many voters, how many got a funded project, and what share of
     * the money went to them (each funded project's cost split equally among its supporters).
     */
    public static List<GroupShare> byVoterAttribute(Instance instance, Profile profile, Outcome outcome,
                                                    String attribute) {
        String[] values = profile.attributes().get(attribute);
        if (values == null) {
            return List.of();
        }
        Set<Integer> funded = new HashSet<>(outcome.selected());
        Tally tally = Tally.of(instance, profile);
        Map<String, double[]> acc = new TreeMap<>(); // voters, covered, money
        double totalMoney = 0;
        for (int b = 0; b < profile.size(); b++) {
            String v = values[b] == null ? "unknown" : attribute.equals("age") ? band(values[b]) : values[b];
            double[] a = acc.computeIfAbsent(v, k -> new double[3]);
            a[0]++;
            boolean any = false;
            for (int k = 0; k < profile.length(b); k++) {
                int p = profile.project(b, k);
                if (funded.contains(p)) {
                    any = true;
                    double share = (double) instance.project(p).cost() / tally.supporters(p);
                    a[2] += share;
                    totalMoney += share;
                }
            }
            if (any) {
                a[1]++;
            }
        }
        List<GroupShare> out = new ArrayList<>();
        int n = profile.size();
        for (Map.Entry<String, double[]> e : acc.entrySet()) {
            double[] a = e.getValue();
            out.add(new GroupShare(e.getKey(), (int) a[0], n == 0 ? 0 : a[0] / n, a[0] == 0 ? 0 : a[1] / a[0],
                    totalMoney == 0 ? 0 : a[2] / totalMoney));
        }
        return out;
    }

    /**
     * Per project category (or another list-valued project column such as {@code district}): the share
     * of all support (votes) its projects received against the share of the money spent on them. A
     * project in two categories counts in both.
     */
    public static List<GroupShare> byProjectGroup(Instance instance, Profile profile, Outcome outcome,
                                                  String column) {
        Tally tally = Tally.of(instance, profile);
        Set<Integer> funded = new HashSet<>(outcome.selected());
        Map<String, double[]> acc = new LinkedHashMap<>(); // support, money, projects
        double support = 0;
        double spent = outcome.totalCost(instance);
        for (int p = 0; p < instance.size(); p++) {
            List<String> groups = groupsOf(instance, p, column);
            support += tally.supporters(p);
            for (String g : groups) {
                double[] a = acc.computeIfAbsent(g, k -> new double[3]);
                a[0] += tally.supporters(p);
                a[2]++;
                if (funded.contains(p)) {
                    a[1] += instance.project(p).cost();
                }
            }
        }
        List<GroupShare> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : new TreeMap<>(acc).entrySet()) {
            double[] a = e.getValue();
            out.add(new GroupShare(e.getKey(), (int) a[2], support == 0 ? 0 : a[0] / support, 0,
                    spent == 0 ? 0 : a[1] / spent));
        }
        return out;
    }

    /** Project columns worth grouping by: category, district, neighborhood, target. */
    public static List<String> projectGroupings(Instance instance) {
        List<String> out = new ArrayList<>();
        boolean categories = instance.projects().stream().anyMatch(p -> !p.categories().isEmpty());
        if (categories) {
            out.add("category");
        }
        for (String c : List.of("district", "neighborhood")) {
            if (instance.projects().stream().anyMatch(p -> p.field(c) != null)) {
                out.add(c);
            }
        }
        if (instance.projects().stream().anyMatch(p -> !p.targets().isEmpty())) {
            out.add("target");
        }
        return out;
    }

    private static List<String> groupsOf(Instance instance, int p, String column) {
        var project = instance.project(p);
        List<String> g = switch (column) {
            case "category", "categories" -> project.categories();
            case "target", "targets" -> project.targets();
            default -> project.field(column) == null ? List.of() : List.of(project.field(column));
        };
        return g.isEmpty() ? List.of("(none)") : g;
    }
}
