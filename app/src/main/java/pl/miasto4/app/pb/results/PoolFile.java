package pl.miasto4.app.pb.results;

import pl.miasto4.app.pb.results.PbRepository;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Money;
import pl.miasto4.pb.OfficialResult;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.Profile;
import pl.miasto4.pb.Project;
import pl.miasto4.pb.VoteType;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stored pool as the counting engine reads it: the core {@link Instance} (projects in their stored
 * order, which carries a city's tie resolution), the {@link Profile} of counted ballots and the
 * official result. The same object is written out as the open-data {@code .pb} file, so what is
 * published is exactly what was counted.
 */
public final class PoolFile {
    private PoolFile() {
    }

    /** Voter attributes an export may publish: none identifies a person, each was published by the city. */
    static final List<String> PUBLISHED_ATTRIBUTES = List.of("age", "sex", "district", "neighborhood", "voting_method");

    public static PabulibFile of(PbRepository.Edition edition, PbRepository.Pool pool, List<PbRepository.PoolProject> projects,
                                 List<PbRepository.StoredBallot> ballots) {
        VoteType type = VoteType.fromPabulib(pool.voteType());
        int scale = scale(pool.budget());
        for (PbRepository.PoolProject p : projects) {
            scale = Math.max(scale, scale(p.cost()));
        }
        Map<String, String> meta = meta(edition, pool, projects.size(), ballots.size());
        List<Project> list = new ArrayList<>(projects.size());
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> selected = new LinkedHashMap<>();
        boolean anyOfficial = false;
        for (PbRepository.PoolProject p : projects) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("project_id", p.id());
            fields.put("cost", Money.format(units(p.cost(), scale), scale));
            fields.put("name", p.name());
            fields.putAll(p.fields());
            if (!p.categories().isEmpty() && !fields.containsKey("category") && !fields.containsKey("categories")) {
                fields.put("categories", String.join(",", p.categories()));
            }
            index.put(p.id(), list.size());
            list.add(new Project(list.size(), p.id(), units(p.cost(), scale), p.categories(), p.targets(), fields));
            selected.put(p.id(), p.selected() == null ? 0 : p.selected());
            anyOfficial |= p.selected() != null;
        }
        Instance instance = new Instance(meta, list, units(pool.budget(), scale), scale, type);
        Profile profile = profile(type, ballots, index);
        return new PabulibFile(pool.name(), instance, profile,
                anyOfficial ? Optional.of(new OfficialResult(selected)) : Optional.empty(), List.of());
    }

    private static Profile profile(VoteType type, List<PbRepository.StoredBallot> ballots, Map<String, Integer> index) {
        int n = ballots.size();
        int entries = 0;
        for (PbRepository.StoredBallot b : ballots) {
            entries += b.projects().size();
        }
        int[] start = new int[n + 1];
        int[] e = new int[entries];
        int[] points = type.hasPoints() ? new int[entries] : null;
        String[] voterIds = new String[n];
        Set<String> attributeNames = new LinkedHashSet<>();
        for (PbRepository.StoredBallot b : ballots) {
            attributeNames.addAll(b.attributes().keySet());
        }
        Map<String, String[]> attributes = new LinkedHashMap<>();
        for (String a : attributeNames) {
            attributes.put(a, new String[n]);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            PbRepository.StoredBallot b = ballots.get(i);
            for (int j = 0; j < b.projects().size(); j++) {
                Integer p = index.get(b.projects().get(j));
                if (p == null) {
                    throw new IllegalStateException("a stored ballot names project " + b.projects().get(j)
                            + " which is not in its pool");
                }
                e[k] = p;
                if (points != null) {
                    points[k] = b.points() == null ? 1 : b.points()[j];
                }
                k++;
            }
            start[i + 1] = k;
            voterIds[i] = Integer.toString(i + 1);
            for (Map.Entry<String, String[]> a : attributes.entrySet()) {
                a.getValue()[i] = b.attributes().get(a.getKey());
            }
        }
        return new Profile(start, e, points, voterIds, null, attributes);
    }

    /** META of the pool: an imported file's own fields, or those of an edition run here, with current counts. */
    static Map<String, String> meta(PbRepository.Edition edition, PbRepository.Pool pool, int projects, int votes) {
        Map<String, String> meta = new LinkedHashMap<>();
        if (!pool.meta().isEmpty()) {
            meta.putAll(pool.meta());
        } else {
            meta.put("description", pool.name());
            meta.put("country", "Poland");
            meta.put("unit", edition.city());
            if (pool.district() != null) {
                meta.put("district", pool.district());
                meta.put("subunit", pool.district());
            }
            meta.put("instance", edition.year() == null ? edition.slug() : edition.year().toString());
            meta.put("num_projects", Integer.toString(projects));
            meta.put("num_votes", Integer.toString(votes));
            meta.put("budget", pool.budget().stripTrailingZeros().toPlainString());
            meta.put("vote_type", pool.voteType());
            meta.put("rule", pool.rule());
            if (edition.votingStart() != null) {
                meta.put("date_begin", dmy(edition.votingStart()));
            }
            if (edition.votingEnd() != null) {
                meta.put("date_end", dmy(edition.votingEnd()));
            }
            putIf(meta, "min_length", pool.minLength());
            putIf(meta, "max_length", pool.maxLength());
            putIf(meta, "max_points", pool.maxPoints());
            putIf(meta, "max_sum_points", pool.maxSumPoints());
            if (pool.maxSumCost() != null) {
                meta.put("max_sum_cost", pool.maxSumCost().stripTrailingZeros().toPlainString());
            }
            meta.put("language", "pl");
            meta.put("currency", "PLN");
        }
        return meta;
    }

    private static String dmy(java.time.LocalDate d) {
        return String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static void putIf(Map<String, String> meta, String key, Integer value) {
        if (value != null) {
            meta.put(key, value.toString());
        }
    }

    static int scale(BigDecimal amount) {
        return Math.max(0, amount.stripTrailingZeros().scale());
    }

    static long units(BigDecimal amount, int scale) {
        return amount.movePointRight(scale).longValueExact();
    }

    /**
     * The pool as open data: ballots in a fresh random order, numbered 1…n, with only the published
     * voter attributes (none identifies a person); the official result where there is one.
     */
    public static PabulibFile anonymised(PabulibFile file) {
        Profile p = file.profile();
        int n = p.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SecureRandom random = new SecureRandom();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] start = new int[n + 1];
        int[] entries = new int[p.entryCount()];
        int[] points = p.hasPoints() ? new int[p.entryCount()] : null;
        String[] ids = new String[n];
        Map<String, String[]> attributes = new LinkedHashMap<>();
        for (String a : p.attributes().keySet()) {
            if (PUBLISHED_ATTRIBUTES.contains(a)) {
                attributes.put(a, new String[n]);
            }
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            int b = order[i];
            for (int j = 0; j < p.length(b); j++) {
                entries[k] = p.project(b, j);
                if (points != null) {
                    points[k] = p.points(b, j);
                }
                k++;
            }
            start[i + 1] = k;
            ids[i] = Integer.toString(i + 1);
            for (Map.Entry<String, String[]> a : attributes.entrySet()) {
                a.getValue()[i] = p.attributes().get(a.getKey())[b];
            }
        }
        Map<String, String> meta = new LinkedHashMap<>(file.instance().meta());
        meta.put("num_votes", Integer.toString(n));
        Instance instance = new Instance(meta, file.instance().projects(), file.instance().budget(),
                file.instance().scale(), file.instance().voteType());
        return new PabulibFile(file.source(), instance, new Profile(start, entries, points, ids, null, attributes),
                file.official(), List.of());
    }
}
