package pl.miasto4.pb;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One edition of a participatory budget in one area: the projects, the money and the ballot rules
 * (pabutools calls this an instance). All amounts are exact integers in units of 10^-{@link #scale()}.
 */
public final class Instance {
    private final Map<String, String> meta;
    private final List<Project> projects;
    private final Map<String, Integer> indexById;
    private final long budget;
    private final int scale;
    private final VoteType voteType;

    public Instance(Map<String, String> meta, List<Project> projects, long budget, int scale, VoteType voteType) {
        this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        this.projects = List.copyOf(projects);
        this.budget = budget;
        this.scale = scale;
        this.voteType = voteType;
        Map<String, Integer> idx = new HashMap<>(projects.size() * 2);
        for (Project p : projects) {
            idx.put(p.id(), p.index());
        }
        this.indexById = idx;
    }

    public Map<String, String> meta() {
        return meta;
    }

    public String meta(String key) {
        return meta.get(key);
    }

    public List<Project> projects() {
        return projects;
    }

    public int size() {
        return projects.size();
    }

    public Project project(int index) {
        return projects.get(index);
    }

    /** The project's index, or -1 if no project has this id. */
    public int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    public long budget() {
        return budget;
    }

    /** Decimal places of all amounts: a cost of 12.5 PLN is stored as 125 when scale is 1. */
    public int scale() {
        return scale;
    }

    /** One unit of the currency (1 PLN) in money units. */
    public long currencyUnit() {
        long u = 1;
        for (int i = 0; i < scale; i++) {
            u *= 10;
        }
        return u;
    }

    public VoteType voteType() {
        return voteType;
    }

    /** The counting rule the city used, as pabulib's {@code rule} names it. */
    public String rule() {
        return meta.getOrDefault("rule", "");
    }

    public String comment() {
        return meta.getOrDefault("comment", "");
    }

    /** A whole-number META field such as {@code max_length}, if present and numeric. */
    public OptionalLong metaLong(String key) {
        String v = meta.get(key);
        if (v == null || v.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Money.parse(v).longValueExact());
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Minimum score (votes or points) a project needs to be eligible, from {@code min_project_score_threshold}. */
    public OptionalLong scoreThreshold() {
        return metaLong("min_project_score_threshold");
    }

    public String formatMoney(long units) {
        return Money.human(units, scale);
    }

    public long totalCost(Iterable<Integer> projectIndices) {
        long sum = 0;
        for (int i : projectIndices) {
            sum += projects.get(i).cost();
        }
        return sum;
    }
}
