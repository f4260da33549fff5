package pl.miasto4.app.pb;

import pl.miasto4.app.pb.results.PbRepository;

import pl.miasto4.app.pb.voting.VoteAnswers;

import pl.miasto4.app.pb.results.PoolFile;
import pl.miasto4.app.pb.results.Results;
import pl.miasto4.app.pb.voting.Receipts;
import pl.miasto4.app.pb.voting.VoteMessages;
import pl.miasto4.app.pb.voting.Voting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.miasto4.app.web.ApiProblem;
import pl.miasto4.pb.PabulibWriter;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Participatory budgets, public side: editions, results with explanations, open-data export, voting, receipts. */
@RestController
@RequestMapping("/api/pb")
@Tag(name = "Participatory budgeting")
public class PbApi {
    private final PbRepository repository;
    private final Results results;
    private final Voting voting;
    private final VoteMessages messages;

    public PbApi(PbRepository repository, Results results, Voting voting, VoteMessages messages) {
        this.repository = repository;
        this.results = results;
        this.voting = voting;
        this.messages = messages;
    }

    public record EditionSummary(String slug, String city, String name, Integer year, String kind, String status,
                                 LocalDate votingStart, LocalDate votingEnd, int pools, long ballots) {
    }

    public record ProjectView(String id, String name, BigDecimal cost, List<String> categories, Integer selected) {
    }

    public record PoolView(String code, String name, String kind, String district, BigDecimal budget, String voteType,
                           String rule, int fewestProjects, int mostProjects, Integer maxPoints, Integer maxSumPoints,
                           BigDecimal maxSumCost, long ballots, List<ProjectView> projects) {
    }

    public record EditionView(String slug, String city, String name, Integer year, String kind, String status,
                              LocalDate votingStart, LocalDate votingEnd, int minAge, String districtVote, String source,
                              List<PoolView> pools) {
    }



    @GetMapping("/editions")
    @Operation(summary = "Participatory-budget editions", description = "Past editions imported from pabulib files "
            + "(kind imported) and editions run here (kind live: draft, open, counted).")
    public List<EditionSummary> editions() {
        List<EditionSummary> out = new ArrayList<>();
        for (PbRepository.Edition e : repository.editions()) {
            Map<Long, Long> counts = repository.ballotCounts(e.id());
            out.add(new EditionSummary(e.slug(), e.city(), e.name(), e.year(), e.kind(), e.status(), e.votingStart(),
                    e.votingEnd(), repository.pools(e.id()).size(), counts.values().stream().mapToLong(Long::longValue).sum()));
        }
        return out;
    }

    PbRepository.Edition edition(String slug) {
        return repository.edition(slug).orElseThrow(() -> ApiProblem.notFound("edition", slug));
    }

    PbRepository.Pool pool(PbRepository.Edition e, String code) {
        return repository.pool(e.id(), code).orElseThrow(() -> ApiProblem.notFound("pool", code));
    }

    @GetMapping("/editions/{edition}")
    @Operation(summary = "One edition: its pools, ballot rules and projects")
    public EditionView edition(@PathVariable("edition") String slug, @RequestParam(defaultValue = "true") boolean projects) {
        PbRepository.Edition e = edition(slug);
        Map<Long, Long> counts = repository.ballotCounts(e.id());
        List<PoolView> pools = new ArrayList<>();
        for (PbRepository.Pool p : repository.pools(e.id())) {
            var rules = voting.rules(e.slug(), p.code());
            pools.add(new PoolView(p.code(), p.name(), p.kind(), p.district(), p.budget(), p.voteType(), p.rule(),
                    rules.fewest(), rules.most(), p.maxPoints(), p.maxSumPoints(), p.maxSumCost(),
                    counts.getOrDefault(p.id(), 0L), projects ? repository.projects(p.id()).stream()
                    .map(x -> new ProjectView(x.id(), x.name(), x.cost(), x.categories(), x.selected())).toList() : List.of()));
        }
        return new EditionView(e.slug(), e.city(), e.name(), e.year(), e.kind(), e.status(), e.votingStart(),
                e.votingEnd(), e.minAge(), e.districtVote(), e.source(), pools);
    }

    @GetMapping("/editions/{edition}/pools/{pool}/results")
    @Operation(summary = "A pool's result, explained", description = "Counted with the pool's rule (or ?rule=): per "
            + "project why it won or lost (score, cost, money left; for Equal Shares the price per supporter), the "
            + "official result beside the count and whether the count reproduces it, fairness figures. "
            + "An edition run here has results once it is closed.")
    public Results.PoolResult results(@PathVariable("edition") String slug, @PathVariable("pool") String code,
                                      @RequestParam(required = false) String rule) {
        PbRepository.Edition e = edition(slug);
        PbRepository.Pool p = pool(e, code);
        if (!e.counted()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "not-counted", "Not counted yet",
                    "Edition " + slug + " is " + e.status() + "; its ballots are sealed until it is closed.");
        }
        return results.count(e, p, rule);
    }

    @GetMapping("/editions/{edition}/pools/{pool}/compare")
    @Operation(summary = "Rules side by side on the same ballots",
            description = "The pool's rule and greedy, Equal Shares (add1, utilitarian completion), Phragmén, maximal welfare.")
    public List<Results.RuleColumn> compare(@PathVariable("edition") String slug, @PathVariable("pool") String code) {
        PbRepository.Edition e = edition(slug);
        PbRepository.Pool p = pool(e, code);
        if (!e.counted()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "not-counted", "Not counted yet",
                    "Edition " + slug + " is " + e.status() + "; its ballots are sealed until it is closed.");
        }
        return results.compare(e, p);
    }

    @GetMapping("/editions/{edition}/pools/{pool}/export.pb")
    @Operation(summary = "A pool as open data (pabulib .pb)", description = "Ballots in a fresh random order, numbered "
            + "1…n, only published voter attributes (age, sex, district, voting method where the city published them), "
            + "the official result in 'selected'.")
    public ResponseEntity<byte[]> export(@PathVariable("edition") String slug, @PathVariable("pool") String code) {
        PbRepository.Edition e = edition(slug);
        PbRepository.Pool p = pool(e, code);
        if (!e.counted()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "not-counted", "Not counted yet",
                    "Edition " + slug + " is " + e.status() + "; its ballots can be published once it is closed.");
        }
        var f = PoolFile.anonymised(results.file(e, p));
        byte[] body = PabulibWriter.toString(f.instance(), f.profile(), f.official()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(slug + "_" + code + ".pb").build().toString())
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(body);
    }

    @PostMapping("/editions/{edition}/pools/{pool}/ballots")
    @Operation(summary = "Vote (a resident, online)", description = "One ballot per eligible person and pool (all "
            + "district pools of an edition count as one). 201 with the receipt code once the ballot is durably "
            + "stored; 422 with every problem of the ballot; 403 not in the register, too young, or another district; "
            + "409 already voted or voting not open; 503 the ballot box could not take it (nothing recorded).")
    public ResponseEntity<VoteAnswers.Receipt> vote(@PathVariable("edition") String slug, @PathVariable("pool") String code,
                                        @RequestBody VoteAnswers.BallotRequest ballot) {
        String receipt = voting.cast(slug, code, ballot.voterId(), ballot.projects(), ballot.points(), null);
        return VoteAnswers.created(slug, code, receipt);
    }

    @GetMapping("/receipts/{receipt}")
    @Operation(summary = "Check a receipt", description = "state 'sealed' (voting open, the ballot is in the box), "
            + "'counted' (the edition is closed and the ballot was counted) or 'unknown'; with the choices recorded.")
    public Voting.ReceiptStatus receipt(@PathVariable("receipt") String code) {
        if (!Receipts.wellFormed(code)) {
            throw ApiProblem.badRequest("'" + code + "' is not a receipt code: 20 letters and digits, e.g. 7K2Q-M9XD-4F1A-ZB8C-Q3RT");
        }
        return voting.receipt(code).orElse(new Voting.ReceiptStatus("unknown", null, null, null, null, List.of(), null));
    }

    @ExceptionHandler(Voting.Refused.class)
    ResponseEntity<ProblemDetail> refused(Voting.Refused r) {
        return VoteAnswers.problem(r, messages);
    }

}
