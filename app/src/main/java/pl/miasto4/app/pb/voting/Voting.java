package pl.miasto4.app.pb.voting;

import pl.miasto4.app.pb.results.PbRepository;

import org.springframework.stereotype.Service;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.pb.BallotRules;
import pl.miasto4.pb.VoteType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The voting service: checks a ballot against its pool's rules and the voter against the register,
 * seals it and puts it in the {@link BallotBox}, and answers "check my receipt". Online ballots are
 * taken during the voting period of an open edition; paper ballots, entered by officials, while the
 * edition is open (the last day's paper ballots arrive after it). Nothing here logs or audits a voter
 * together with a ballot.
 */
@Service
public class Voting {
    private final PbRepository repository;
    private final VoterRegister register;
    private final PbSecrets secrets;
    private final BallotBox box;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, CachedPool> pools = new ConcurrentHashMap<>();

    public Voting(PbRepository repository, VoterRegister register, PbSecrets secrets, BallotBox box,
                  AuditTrail audit) {
        this.repository = repository;
        this.register = register;
        this.secrets = secrets;
        this.box = box;
        this.audit = audit;
        this.clock = Clock.system(java.time.ZoneId.of("Europe/Warsaw"));
    }

    /** Why a ballot was not taken: a code pages and the API translate, the HTTP status, and the details. */
    public static class Refused extends RuntimeException {
        private final String code;
        private final int status;
        private final List<BallotRules.Problem> problems;
        private final List<Object> values;

        public Refused(String code, int status, List<BallotRules.Problem> problems, List<Object> values) {
            super(code + (problems.isEmpty() ? "" : " " + problems) + (values.isEmpty() ? "" : " " + values));
            this.code = code;
            this.status = status;
            this.problems = problems;
            this.values = values;
        }

        public String code() {
            return code;
        }

        public int status() {
            return status;
        }

        public List<BallotRules.Problem> problems() {
            return problems;
        }

        public List<Object> values() {
            return values;
        }
    }

    /** A pool with what validating and sealing its ballots needs, kept for a few seconds. */
    record CachedPool(PbRepository.Edition edition, PbRepository.Pool pool, BallotRules rules, int sealedLength,
                      long loadedAt) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    CachedPool pool(String editionSlug, String poolCode) {
        String key = editionSlug + "/" + poolCode;
        CachedPool cached = pools.get(key);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt() < 5_000_000_000L) {
            return cached;
        }
        PbRepository.Edition edition = repository.edition(editionSlug)
                .orElseThrow(() -> new Refused("edition_not_found", 404, List.of(), List.of(editionSlug)));
        PbRepository.Pool pool = repository.pool(edition.id(), poolCode)
                .orElseThrow(() -> new Refused("pool_not_found", 404, List.of(), List.of(poolCode)));
        List<PbRepository.PoolProject> projects = repository.projects(pool.id());
        Map<String, java.math.BigDecimal> costs = new LinkedHashMap<>();
        projects.forEach(p -> costs.put(p.id(), p.cost()));
        BallotRules rules = new BallotRules(VoteType.fromPabulib(pool.voteType()), costs, pool.minLength(),
                pool.maxLength(), pool.maxPoints(), pool.maxSumPoints(), pool.maxSumCost());
        CachedPool fresh = new CachedPool(edition, pool, rules, SealedBallot.paddedLength(List.copyOf(costs.keySet()), rules.voteType().hasPoints()), now);
        pools.put(key, fresh);
        return fresh;
    }

    /** Drops cached pools after an official changed an edition. */
    public void forget(String editionSlug) {
        pools.keySet().removeIf(k -> k.startsWith(editionSlug + "/"));
    }

    public BallotRules rules(String editionSlug, String poolCode) {
        return pool(editionSlug, poolCode).rules();
    }

    /**
     * Takes a ballot. Returns the receipt code; throws {@link Refused} with the reason otherwise.
     *
     * @param official null for a resident voting online; the official's login for a paper ballot
     */
    public String cast(String editionSlug, String poolCode, String voterId, List<String> projects, List<Integer> points,
                       String official) {
        CachedPool cp = pool(editionSlug, poolCode);
        PbRepository.Edition edition = cp.edition();
        boolean paper = official != null;
        if (!edition.live() || !edition.open() || (!paper && !edition.votingToday(today()))) {
            throw new Refused("not_open", 409, List.of(), List.of(edition.name()));
        }
        List<BallotRules.Problem> problems = cp.rules().check(projects, points);
        if (!problems.isEmpty()) {
            throw new Refused("invalid_ballot", 422, problems, List.of());
        }
        if (voterId == null || PbSecrets.normalize(voterId).isEmpty()) {
            throw new Refused("no_voter_id", 422, List.of(), List.of());
        }
        byte[] voter = secrets.voterHash(voterId);
        VoterRegister.Entry entry = register.find(edition, voter)
                .orElseThrow(() -> new Refused("not_registered", 403, List.of(), List.of()));
        if (entry.eligibleFrom() != null && today().isBefore(entry.eligibleFrom())) {
            throw new Refused("too_young", 403, List.of(), List.of(edition.minAge()));
        }
        PbRepository.Pool pool = cp.pool();
        if (pool.kind().equals("district") && edition.districtVote().equals("residence")
                && !pool.district().equals(entry.district())) {
            throw new Refused("wrong_district", 403, List.of(), List.of(entry.district() == null ? "—" : entry.district()));
        }
        String receipt = Receipts.newCode();
        VoteType type = cp.rules().voteType();
        byte[] sealed = secrets.seal(new SealedBallot(receipt, projects, type.hasPoints() ? points : null)
                .encode(cp.sealedLength()));
        BallotBox.Result result;
        try {
            result = box.put(edition.id(), pool.slot(), voter, pool.id(), sealed, secrets.receiptKey(receipt));
        } catch (BallotBox.UnavailableException e) {
            throw new Refused("unavailable", 503, List.of(), List.of(e.getMessage()));
        }
        switch (result) {
            case ALREADY_VOTED -> throw new Refused("already_voted", 409, List.of(), List.of(pool.kind()));
            case CLOSED -> throw new Refused("not_open", 409, List.of(), List.of(edition.name()));
            default -> {
            }
        }
        if (paper) {
            // its own transaction, after the ballot's: says that an official entered a paper ballot in this pool
            audit.record(official, "enter_paper_ballot", "pb_pool", editionSlug + "/" + poolCode, null,
                    AuditTrail.map("channel", "paper"));
        }
        return receipt;
    }

    /** What a receipt code shows: whether the ballot is sealed (voting open) or counted, where, and its choices. */
    public record ReceiptStatus(String state, String editionSlug, String editionName, String poolCode, String poolName,
                                List<String> projects, List<Integer> points) {
    }

    public Optional<ReceiptStatus> receipt(String code) {
        if (!Receipts.wellFormed(code)) {
            return Optional.empty();
        }
        Optional<ReceiptStatus> counted = repository.countedBallot(PbSecrets.receiptHash(code))
                .map(b -> new ReceiptStatus("counted", b.editionSlug(), b.editionName(), b.poolCode(), b.poolName(),
                        b.projects(), b.points()));
        if (counted.isPresent()) {
            return counted;
        }
        return repository.sealedBallot(secrets.receiptKey(code)).map(b -> {
            SealedBallot ballot = SealedBallot.decode(secrets.unseal(b.sealed()));
            return new ReceiptStatus("sealed", b.editionSlug(), b.editionName(), b.poolCode(), b.poolName(),
                    ballot.projects(), ballot.points());
        });
    }
}
