package pl.miasto4.app.pb.results;

import pl.miasto4.app.pb.results.PbRepository;

import org.springframework.stereotype.Service;
import pl.miasto4.pb.Instance;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.Project;
import pl.miasto4.pb.Tally;
import pl.miasto4.pb.analysis.Fairness;
import pl.miasto4.pb.analysis.OfficialCheck;
import pl.miasto4.pb.rules.Outcome;
import pl.miasto4.pb.rules.Rule;
import pl.miasto4.pb.rules.Rules;
import pl.miasto4.pb.rules.Verdict;
import pl.miasto4.pb.rules.Why;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts stored pools with the engine of {@code core} and explains the result: per project why it won
 * or lost, for Equal Shares what each supporter paid; the official result beside the count; fairness
 * (share of voters with a funded project, money against support by category, coverage by voter
 * group); and the rules side by side. Counts are kept in memory by pool, rule and number of ballots.
 */
@Service
public class Results {
    /** Rules shown side by side on a results page. */
    public static final List<String> COMPARED = List.of("greedy", "equalshares/add1-utilitarian", "phragmen", "max-welfare");

    private final PbRepository repository;
    private final Map<String, PoolResult> cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PoolResult> eldest) {
            return size() > 64;
        }
    });

    public Results(PbRepository repository) {
        this.repository = repository;
    }

    /** One project's line of the explanation; {@code why} is worded by {@link PbWords}. */
    public record ProjectLine(String id, String name, BigDecimal cost, List<String> categories, long votes, long score,
                              boolean funded, int step, BigDecimal leftBefore, Why why, BigDecimal pricePerSupporter,
                              int exhaustedPayers, Boolean official) {
    }

    /** A counted pool. {@code check} compares with the official result when there is one (imported editions). */
    public record PoolResult(PbRepository.Pool pool, String rule, int ballots, boolean supported, String unsupported,
                             List<ProjectLine> projects, BigDecimal spent, BigDecimal budget, List<String> notes,
                             List<Why> undetermined, Fairness.Summary summary, OfficialCheck.Result check,
                             List<Fairness.GroupShare> byCategory, Map<String, List<Fairness.GroupShare>> byVoterGroup) {
    }

    /** The rules side by side on the same ballots. */
    public record RuleColumn(String rule, boolean supported, int funded, BigDecimal spent, double coveredShare,
                             double fundedPerVoter, Set<String> fundedIds) {
    }

    private final Map<String, PabulibFile> files = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PabulibFile> eldest) {
            return size() > 8;
        }
    });

    /** The pool as the engine reads it, kept while its ballots do not change (a replaced pool gets a new id). */
    public PabulibFile file(PbRepository.Edition edition, PbRepository.Pool pool) {
        long ballots = repository.ballotCounts(edition.id()).getOrDefault(pool.id(), 0L);
        String key = pool.id() + "/" + ballots + "/" + edition.status();
        PabulibFile f = files.get(key);
        if (f == null) {
            f = PoolFile.of(edition, pool, repository.projects(pool.id()), repository.ballots(pool.id()));
            files.put(key, f);
        }
        return f;
    }

    public PoolResult count(PbRepository.Edition edition, PbRepository.Pool pool, String ruleName) {
        String rule = ruleName == null || ruleName.isBlank() ? pool.rule() : ruleName;
        long ballots = repository.ballotCounts(edition.id()).getOrDefault(pool.id(), 0L);
        String key = pool.id() + "/" + rule + "/" + ballots;
        PoolResult cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        PoolResult r = compute(edition, pool, rule, file(edition, pool));
        cache.put(key, r);
        return r;
    }

    static PoolResult compute(PbRepository.Edition edition, PbRepository.Pool pool, String ruleName, PabulibFile f) {
        Instance in = f.instance();
        Optional<Rule> rule = Rules.byName(ruleName);
        if (rule.isEmpty()) {
            throw new IllegalArgumentException("unknown rule '" + ruleName + "'; one of: " + String.join(", ", Rules.names()));
        }
        Outcome o = rule.get().count(in, f.profile());
        Tally tally = Tally.of(in, f.profile());
        Set<String> official = f.official().map(x -> x.funded()).orElse(null);
        List<ProjectLine> lines = new ArrayList<>();
        if (o.isSupported()) {
            for (Verdict v : o.verdictsForReading()) {
                lines.add(line(in, tally, v.project(), v, official));
            }
        } else {
            for (Project p : in.projects()) {
                lines.add(line(in, tally, p.index(), null, official));
            }
        }
        OfficialCheck.Result check = null;
        if (f.official().isPresent() && ruleName.equals(pool.rule())) {
            check = OfficialCheck.check(f);
        }
        Fairness.Summary summary = o.isSupported() ? Fairness.summarize(in, f.profile(), o) : null;
        List<Fairness.GroupShare> byCategory = o.isSupported() && Fairness.projectGroupings(in).contains("category")
                ? Fairness.byProjectGroup(in, f.profile(), o, "category") : List.of();
        Map<String, List<Fairness.GroupShare>> byVoter = new LinkedHashMap<>();
        if (o.isSupported()) {
            for (String g : Fairness.voterGroupings(f.profile())) {
                byVoter.put(g, Fairness.byVoterAttribute(in, f.profile(), o, g));
            }
        }
        return new PoolResult(pool, ruleName, f.profile().size(), o.isSupported(), o.unsupported().orElse(null), lines,
                o.isSupported() ? money(o.totalCost(in), in.scale()) : BigDecimal.ZERO,
                money(in.budget(), in.scale()), o.notes(), o.undetermined(), summary, check, byCategory, byVoter);
    }

    private static ProjectLine line(Instance in, Tally tally, int index, Verdict v, Set<String> official) {
        Project p = in.project(index);
        BigDecimal price = v == null || v.pricePerSupporter() == null ? null
                : new BigDecimal(v.pricePerSupporter().numerator())
                .divide(new BigDecimal(v.pricePerSupporter().denominator()), 12, java.math.RoundingMode.HALF_UP)
                .movePointLeft(in.scale()).setScale(2, java.math.RoundingMode.HALF_UP);
        return new ProjectLine(p.id(), p.name(), money(p.cost(), in.scale()), p.categories(),
                tally.supporters(index), tally.score(index), v != null && v.selected(), v == null ? 0 : v.step(),
                v == null || v.remainingBefore() < 0 ? null : money(v.remainingBefore(), in.scale()),
                v == null ? null : v.why(), price, v == null ? 0 : v.exhaustedPayers(),
                official == null ? null : official.contains(p.id()));
    }

    /** The same ballots counted by each rule of {@link #COMPARED} and by the pool's own. */
    public List<RuleColumn> compare(PbRepository.Edition edition, PbRepository.Pool pool) {
        List<String> names = new ArrayList<>();
        names.add(pool.rule());
        COMPARED.stream().filter(r -> !r.equals(pool.rule())).forEach(names::add);
        List<RuleColumn> out = new ArrayList<>();
        for (String name : names) {
            PoolResult r = count(edition, pool, name);
            Set<String> ids = new java.util.LinkedHashSet<>();
            r.projects().stream().filter(ProjectLine::funded).forEach(p -> ids.add(p.id()));
            out.add(new RuleColumn(name, r.supported(), ids.size(), r.spent(),
                    r.summary() == null ? 0 : r.summary().coveredShare(),
                    r.summary() == null ? 0 : r.summary().fundedPerVoter(), ids));
        }
        return out;
    }

    /** An amount in the file's smallest units (e.g. grosze) as a decimal with its scale. */
    public static BigDecimal money(long units, int scale) {
        return new BigDecimal(java.math.BigInteger.valueOf(units), scale);
    }
}
