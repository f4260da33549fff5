package pl.miasto4.app.pb.admin;

import pl.miasto4.app.pb.results.PbRepository;
import pl.miasto4.app.pb.results.PoolFile;
import pl.miasto4.app.pb.results.Results;
import pl.miasto4.app.pb.voting.BallotBox;
import pl.miasto4.app.pb.voting.PbSecrets;
import pl.miasto4.app.pb.voting.SealedBallot;
import pl.miasto4.app.pb.voting.Voting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.pb.Instance;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibFormatException;
import pl.miasto4.pb.PabulibReader;
import pl.miasto4.pb.Project;
import pl.miasto4.pb.VoteType;
import pl.miasto4.pb.rules.Outcome;
import pl.miasto4.pb.rules.Rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What officials do with an edition run here: create it, give it pools and projects (while it is a
 * draft), open the vote, and close it: open the ballot box and count. Every change is validated first
 * and recorded in the audit trail in the same transaction; nothing recorded names a voter.
 */
@Service
public class EditionAdmin {
    private final EditionRepository editions;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final PbRepository repository;
    private final PbSecrets secrets;
    private final Voting voting;
    private final org.springframework.context.ApplicationEventPublisher events;

    public EditionAdmin(EditionRepository editions, TransactionTemplate tx, AuditTrail audit,
                        PbRepository repository, PbSecrets secrets, Voting voting,
                        org.springframework.context.ApplicationEventPublisher events) {
        this.editions = editions;
        this.tx = tx;
        this.audit = audit;
        this.repository = repository;
        this.secrets = secrets;
        this.voting = voting;
        this.events = events;
    }

    /** The input was refused; every problem says which field and why. */
    public static class Invalid extends RuntimeException {
        private final List<String> problems;

        public Invalid(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public record NewEdition(String slug, String city, String name, Integer year, LocalDate votingStart,
                             LocalDate votingEnd, Integer minAge, String districtVote) {
    }

    public record NewPool(String code, String name, String kind, String district, BigDecimal budget, String voteType,
                          String rule, Integer minLength, Integer maxLength, Integer maxPoints, Integer maxSumPoints,
                          BigDecimal maxSumCost) {
    }

    public record NewProject(String id, String name, BigDecimal cost, List<String> categories) {
    }

    public PbRepository.Edition create(NewEdition e, String username) {
        List<String> problems = new ArrayList<>();
        String slug = e.slug() == null ? "" : e.slug().strip();
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            problems.add("slug: lower-case letters, digits and dashes, starting with a letter or digit (e.g. krakow-2026)");
        } else if (repository.edition(slug).isPresent()) {
            problems.add("slug: an edition '" + slug + "' already exists");
        }
        if (blank(e.city())) {
            problems.add("city: required");
        }
        if (blank(e.name())) {
            problems.add("name: required");
        }
        if (e.votingStart() == null || e.votingEnd() == null) {
            problems.add("voting period: both the first and the last day are required");
        } else if (e.votingEnd().isBefore(e.votingStart())) {
            problems.add("voting period: the last day " + e.votingEnd() + " is before the first " + e.votingStart());
        }
        int minAge = e.minAge() == null ? 0 : e.minAge();
        if (minAge < 0 || minAge > 120) {
            problems.add("minimum age: between 0 and 120");
        }
        String districtVote = blank(e.districtVote()) ? "residence" : e.districtVote();
        if (!Set.of("residence", "any_one").contains(districtVote)) {
            problems.add("district vote: 'residence' or 'any_one'");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        tx.executeWithoutResult(s -> {
            editions.insertEdition(slug, e.city().strip(), e.name().strip(),
                    e.year() == null ? e.votingStart().getYear() : e.year(), e.votingStart(), e.votingEnd(), minAge,
                    districtVote, "run in Miasto 4.0 by " + username);
            audit.record(username, "create", "pb_edition", slug, null, AuditTrail.map("city", e.city(), "name", e.name(),
                    "votingStart", e.votingStart().toString(), "votingEnd", e.votingEnd().toString(), "minAge", minAge,
                    "districtVote", districtVote));
        });
        return repository.edition(slug).orElseThrow();
    }

    private PbRepository.Edition draft(String slug) {
        PbRepository.Edition e = repository.edition(slug).orElseThrow(() -> new Invalid(List.of("no edition '" + slug + "'")));
        if (!e.live() || !e.status().equals("draft")) {
            throw new Invalid(List.of("edition " + slug + " is " + e.status() + (e.live() ? "" : " (imported)")
                    + ": pools and projects can change only while it is a draft"));
        }
        return e;
    }

    public PbRepository.Pool addPool(String editionSlug, NewPool p, String username) {
        PbRepository.Edition e = draft(editionSlug);
        List<String> problems = new ArrayList<>();
        String code = p.code() == null ? "" : p.code().strip();
        if (!code.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            problems.add("code: lower-case letters, digits and dashes (e.g. citywide, nowa-huta)");
        } else if (code.equals("district")) {
            problems.add("code: 'district' is reserved");
        } else if (repository.pool(e.id(), code).isPresent()) {
            problems.add("code: the edition already has a pool '" + code + "'");
        }
        if (blank(p.name())) {
            problems.add("name: required");
        }
        String kind = blank(p.kind()) ? "citywide" : p.kind();
        if (!Set.of("citywide", "district").contains(kind)) {
            problems.add("kind: 'citywide' or 'district'");
        } else if (kind.equals("district") && blank(p.district())) {
            problems.add("district: required for a district pool");
        }
        if (p.budget() == null || p.budget().signum() <= 0) {
            problems.add("budget: a positive amount");
        } else if (p.budget().scale() > 2 && p.budget().stripTrailingZeros().scale() > 2) {
            problems.add("budget: at most two decimal places");
        }
        VoteType type = p.voteType() == null ? null : VoteType.fromPabulib(p.voteType());
        if (type == null) {
            problems.add("vote type: one of approval, choose-1, ordinal, cumulative, scoring");
        }
        if (p.rule() == null || Rules.byName(p.rule()).isEmpty()) {
            problems.add("rule: one of " + String.join(", ", Rules.names()));
        } else if (p.rule().equals("greedy-exclusive") || p.rule().equals("greedy-custom")) {
            problems.add("rule: " + p.rule() + " needs data an edition run here does not record; choose another");
        }
        if (p.minLength() != null && p.minLength() < 0 || p.maxLength() != null && p.maxLength() < 1) {
            problems.add("ballot length: the minimum at least 0, the maximum at least 1");
        } else if (p.minLength() != null && p.maxLength() != null && p.minLength() > p.maxLength()) {
            problems.add("ballot length: the minimum " + p.minLength() + " is above the maximum " + p.maxLength());
        }
        if (type == VoteType.CUMULATIVE && p.maxSumPoints() == null) {
            problems.add("points in all: a cumulative ballot needs the number of points to spread");
        }
        if (type == VoteType.CARDINAL && p.maxPoints() == null) {
            problems.add("points per project: a scoring ballot needs the top score");
        }
        if (p.maxPoints() != null && p.maxPoints() < 1 || p.maxSumPoints() != null && p.maxSumPoints() < 1) {
            problems.add("points: at least 1");
        }
        if (p.maxSumCost() != null && p.maxSumCost().signum() <= 0) {
            problems.add("ballot cost limit: a positive amount, or empty for none");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        tx.executeWithoutResult(s -> {
            editions.insertPool(e.id(), code, p.name().strip(), kind, kind.equals("district") ? p.district().strip() : null,
                    p.budget(), type.pabulibName(), p.rule(), p.minLength(), p.maxLength(), p.maxPoints(),
                    p.maxSumPoints(), p.maxSumCost());
            audit.record(username, "create", "pb_pool", editionSlug + "/" + code, null, AuditTrail.map("name", p.name(),
                    "kind", kind, "district", p.district(), "budget", p.budget(), "voteType", type.pabulibName(),
                    "rule", p.rule(), "minLength", p.minLength(), "maxLength", p.maxLength(), "maxPoints", p.maxPoints(),
                    "maxSumPoints", p.maxSumPoints(), "maxSumCost", p.maxSumCost()));
        });
        voting.forget(editionSlug);
        return repository.pool(e.id(), code).orElseThrow();
    }

    /** Replaces a draft pool's projects with these, in this order. */
    public int setProjects(String editionSlug, String poolCode, List<NewProject> projects, String username) {
        PbRepository.Edition e = draft(editionSlug);
        PbRepository.Pool pool = repository.pool(e.id(), poolCode)
                .orElseThrow(() -> new Invalid(List.of("no pool '" + poolCode + "' in " + editionSlug)));
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (NewProject p : projects) {
            n++;
            String where = "project " + n + (blank(p.id()) ? "" : " (" + p.id().strip() + ")");
            if (blank(p.id()) || !p.id().strip().matches("[^,;\\s]{1,40}")) {
                problems.add(where + ": id is required, up to 40 characters without spaces, commas or semicolons");
            } else if (!ids.add(p.id().strip())) {
                problems.add(where + ": the id appears twice");
            }
            if (blank(p.name())) {
                problems.add(where + ": name is required");
            }
            if (p.cost() == null || p.cost().signum() < 0) {
                problems.add(where + ": cost must be zero or more");
            } else if (p.cost().stripTrailingZeros().scale() > 2) {
                problems.add(where + ": cost has more than two decimal places");
            } else if (p.cost().compareTo(pool.budget()) > 0) {
                problems.add(where + ": cost " + p.cost().toPlainString() + " is more than the pool's budget "
                        + pool.budget().stripTrailingZeros().toPlainString());
            }
        }
        if (projects.isEmpty()) {
            problems.add("no projects");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        tx.executeWithoutResult(s -> {
            editions.replaceProjects(pool.id(), projects.stream().map(p -> new EditionRepository.ProjectRow(p.id().strip(),
                    p.name().strip(), p.cost(), p.categories().stream().map(String::strip).filter(c -> !c.isEmpty())
                    .toArray(String[]::new))).toList());
            audit.record(username, "set_projects", "pb_pool", editionSlug + "/" + poolCode, null,
                    AuditTrail.map("projects", projects.stream().map(p -> AuditTrail.map("id", p.id(), "name", p.name(),
                            "cost", p.cost(), "categories", p.categories())).toList()));
        });
        voting.forget(editionSlug);
        return projects.size();
    }

    /**
     * Adds a pool whose rules and projects come from a pabulib file (its META and PROJECTS; its ballots
     * are ignored): a quick way to run a vote on a real edition's projects.
     */
    public PbRepository.Pool poolFromFile(String editionSlug, String code, String fileName, byte[] bytes, String username) {
        PabulibFile f;
        try {
            f = PabulibReader.read(fileName, bytes);
        } catch (PabulibFormatException ex) {
            throw new Invalid(List.of(fileName + ": line " + ex.line() + ": " + ex.reason()));
        }
        Instance in = f.instance();
        String district = in.meta("district") != null ? in.meta("district") : in.meta("subunit");
        String rule = in.rule().isBlank() || in.rule().equals("greedy-exclusive") || in.rule().equals("greedy-custom")
                ? "greedy" : in.rule();
        PbRepository.Pool pool = addPool(editionSlug, new NewPool(code, district != null ? district
                : in.meta().getOrDefault("description", code), district != null ? "district" : "citywide", district,
                Results.money(in.budget(), in.scale()), in.voteType().pabulibName(), rule,
                (int) in.metaLong("min_length").orElse(1), in.metaLong("max_length").isPresent()
                ? (int) in.metaLong("max_length").getAsLong() : null,
                in.metaLong("max_points").isPresent() ? (int) in.metaLong("max_points").getAsLong() : null,
                in.metaLong("max_sum_points").isPresent() ? (int) in.metaLong("max_sum_points").getAsLong() : null,
                null), username);
        List<NewProject> projects = new ArrayList<>();
        for (Project p : in.projects()) {
            projects.add(new NewProject(p.id(), p.name().isBlank() ? p.id() : p.name(),
                    Results.money(p.cost(), in.scale()), p.categories()));
        }
        setProjects(editionSlug, code, projects, username);
        return pool;
    }

    public void open(String editionSlug, String username) {
        PbRepository.Edition e = draft(editionSlug);
        List<String> problems = new ArrayList<>();
        List<PbRepository.Pool> pools = repository.pools(e.id());
        if (pools.isEmpty()) {
            problems.add("the edition has no pools");
        }
        for (PbRepository.Pool p : pools) {
            if (repository.projects(p.id()).isEmpty()) {
                problems.add("pool " + p.code() + " has no projects");
            }
        }
        if (editions.registerSize(e.id()) == 0) {
            problems.add("the voter register has not been imported");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        tx.executeWithoutResult(s -> {
            editions.markOpen(e.id());
            audit.record(username, "open", "pb_edition", editionSlug, AuditTrail.map("status", "draft"),
                    AuditTrail.map("status", "open"));
        });
        voting.forget(editionSlug);
    }

    /** What closing did: ballots per pool and the funded projects, in the order the rule chose them. */
    public record Closed(Map<String, Integer> ballots, Map<String, List<String>> funded, Map<String, String> unsupported) {
    }

    /**
     * Ends the vote: in one transaction, waits for ballots being written (they hold the edition's lock),
     * opens every sealed ballot, puts them in the ballot box in a fresh random order with fresh random
     * ids (so nothing about when or by whom they were cast survives), empties the sealed table, counts
     * each pool with its rule and records the result as the official one.
     */
    public Closed closeAndCount(String editionSlug, String username) {
        return closeAndCount(editionSlug, username, null);
    }

    /** Whether closing the edition now would end its vote before its end date (Warsaw time). */
    public static boolean early(PbRepository.Edition e) {
        return e.votingEnd() != null && java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")).isBefore(e.votingEnd());
    }

    /**
     * Closes as {@link #closeAndCount(String, String)}; before the edition's end date only with a reason,
     * which the audit trail records with who closed it.
     */
    public Closed closeAndCount(String editionSlug, String username, String reason) {
        PbRepository.Edition e = repository.edition(editionSlug)
                .orElseThrow(() -> new Invalid(List.of("no edition '" + editionSlug + "'")));
        boolean early = early(e);
        String why = reason == null ? "" : reason.strip();
        if (early && why.isEmpty()) {
            throw new Invalid(List.of("edition " + editionSlug + " ends on " + e.votingEnd()
                    + ": closing it earlier needs a reason (field 'reason')"));
        }
        if (why.length() > 2000) {
            throw new Invalid(List.of("reason: at most 2000 characters"));
        }
        Closed closed = tx.execute(s -> {
            String status = editions.lockForCount(e.id(), BallotBox.lockKey(e.id()));
            if (!e.live() || !status.equals("open")) {
                throw new Invalid(List.of("edition " + editionSlug + " is " + status + "; only an open edition can be closed"));
            }
            List<PbRepository.Pool> pools = repository.pools(e.id());
            List<EditionRepository.Opened> opened = new ArrayList<>();
            for (EditionRepository.Sealed sealed : editions.sealedBallots(pools.stream().map(PbRepository.Pool::id).toList())) {
                SealedBallot b = SealedBallot.decode(secrets.unseal(sealed.sealed()));
                opened.add(new EditionRepository.Opened(sealed.poolId(), b.projects(), b.points(), PbSecrets.receiptHash(b.receipt())));
            }
            Collections.shuffle(opened, PbSecrets.random());
            editions.writeBallots(opened);
            editions.markCounted(e.id());
            PbRepository.Edition counted = repository.edition(e.id()).orElseThrow();
            Map<String, Integer> ballots = new LinkedHashMap<>();
            Map<String, List<String>> funded = new LinkedHashMap<>();
            Map<String, String> unsupported = new LinkedHashMap<>();
            for (PbRepository.Pool p : pools) {
                PabulibFile f = PoolFile.of(counted, p, repository.projects(p.id()), repository.ballots(p.id()));
                Outcome o = Rules.byName(p.rule()).orElseThrow().count(f.instance(), f.profile());
                ballots.put(p.code(), f.profile().size());
                if (!o.isSupported()) {
                    unsupported.put(p.code(), o.unsupported().get());
                    continue;
                }
                List<String> ids = o.selectedIds(f.instance());
                funded.put(p.code(), ids);
                editions.markSelected(p.id(), ids);
            }
            Map<String, Object> after = AuditTrail.map("status", "counted", "ballots", ballots, "funded", funded,
                    "unsupported", unsupported);
            if (early) {
                after = new LinkedHashMap<>(after);
                after.put("early", true);
                after.put("voting_end", e.votingEnd().toString());
                after.put("reason", why);
            }
            audit.record(username, early ? "close_early_and_count" : "close_and_count", "pb_edition", editionSlug,
                    AuditTrail.map("status", "open"), after);
            return new Closed(ballots, funded, unsupported);
        });
        editions.vacuumSealed();
        voting.forget(editionSlug);
        events.publishEvent(new pl.miasto4.app.pb.results.EditionCounted(editionSlug));
        return closed;
    }

    /** Deletes an edition that never opened. */
    public void deleteDraft(String editionSlug, String username) {
        PbRepository.Edition e = draft(editionSlug);
        tx.executeWithoutResult(s -> {
            editions.deleteEdition(e.id());
            audit.record(username, "delete", "pb_edition", editionSlug, AuditTrail.map("name", e.name()), null);
        });
        voting.forget(editionSlug);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
