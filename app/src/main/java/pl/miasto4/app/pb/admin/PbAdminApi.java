package pl.miasto4.app.pb.admin;

import pl.miasto4.app.pb.voting.VoteAnswers;
import pl.miasto4.app.pb.results.PbRepository;
import pl.miasto4.app.pb.voting.ImportedVoterRegister;
import pl.miasto4.app.pb.voting.VoteMessages;
import pl.miasto4.app.pb.voting.Voting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pl.miasto4.app.web.ApiProblem;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Participatory budgets, officials' side (login required): import past editions, run an edition, paper ballots. */
@RestController
@RequestMapping("/api/pb")
@Tag(name = "Participatory budgeting: officials")
public class PbAdminApi {
    private final PbImport imports;
    private final EditionAdmin admin;
    private final ImportedVoterRegister register;
    private final PbRepository repository;
    private final Voting voting;
    private final VoteMessages messages;

    public PbAdminApi(PbImport imports, EditionAdmin admin, ImportedVoterRegister register, PbRepository repository,
                      Voting voting, VoteMessages messages) {
        this.imports = imports;
        this.admin = admin;
        this.register = register;
        this.repository = repository;
        this.voting = voting;
        this.messages = messages;
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import past editions from pabulib files (login required)", description = "Each file becomes a "
            + "pool of the edition its unit and instance name. All or nothing: 422 with every file's problem (line and "
            + "reason) when any is rejected.")
    public PbImport.Report importFiles(@RequestPart("files") List<MultipartFile> files, Principal principal) throws IOException {
        List<PbImport.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files) {
            uploads.add(new PbImport.Upload(f.getOriginalFilename() == null ? "upload.pb" : f.getOriginalFilename(), f.getBytes()));
        }
        PbImport.Report report = imports.importFiles(uploads, principal.getName());
        if (report.rejected()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "pb-import-rejected", "Import rejected",
                    String.join("; ", report.problems()) + "; nothing was imported.", Map.of("files", report.files()));
        }
        return report;
    }

    @PostMapping("/editions")
    @Operation(summary = "Create an edition to run here (a draft; login required)")
    public ResponseEntity<PbRepository.Edition> create(@RequestBody EditionAdmin.NewEdition edition, Principal principal) {
        PbRepository.Edition e = admin.create(edition, principal.getName());
        return ResponseEntity.created(URI.create("/api/pb/editions/" + e.slug())).body(e);
    }

    @PostMapping("/editions/{edition}/pools")
    @Operation(summary = "Add a pool (citywide or a district) with its budget and ballot rules (draft only)")
    public ResponseEntity<PbRepository.Pool> addPool(@PathVariable("edition") String slug, @RequestBody EditionAdmin.NewPool pool,
                                                     Principal principal) {
        PbRepository.Pool p = admin.addPool(slug, pool, principal.getName());
        return ResponseEntity.created(URI.create("/api/pb/editions/" + slug)).body(p);
    }

    @PostMapping(value = "/editions/{edition}/pools/from-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a pool with the rules and projects of a pabulib file (its ballots are ignored; draft only)")
    public ResponseEntity<PbRepository.Pool> poolFromFile(@PathVariable("edition") String slug, @RequestParam String code,
                                                          @RequestPart("file") MultipartFile file, Principal principal)
            throws IOException {
        PbRepository.Pool p = admin.poolFromFile(slug, code, file.getOriginalFilename(), file.getBytes(), principal.getName());
        return ResponseEntity.created(URI.create("/api/pb/editions/" + slug)).body(p);
    }

    @PutMapping(value = "/editions/{edition}/pools/{pool}/projects", consumes = "text/csv")
    @Operation(summary = "Replace a pool's projects from CSV (id;name;cost;category; draft only)")
    public Map<String, Integer> projects(@PathVariable("edition") String slug, @PathVariable("pool") String code,
                                         @RequestBody String csv, Principal principal) {
        int n = admin.setProjects(slug, code, ProjectsCsv.read(csv), principal.getName());
        return Map.of("projects", n);
    }

    @PutMapping(value = "/editions/{edition}/register", consumes = "text/csv")
    @Operation(summary = "Replace the voter register from CSV (pesel;data_urodzenia;dzielnica)", description = "Stored: "
            + "the keyed hash of the identifier, the district, and the first day a person coming of age may vote. "
            + "422 with every bad line.")
    public ImportedVoterRegister.Report register(@PathVariable("edition") String slug, @RequestParam(defaultValue = "register.csv") String name,
                                                 @RequestBody String csv, Principal principal) throws IOException {
        PbRepository.Edition e = repository.edition(slug).orElseThrow(() -> ApiProblem.notFound("edition", slug));
        if (!e.live() || e.counted()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "pb-not-live", "Register not needed",
                    "Edition " + slug + " is " + e.kind() + " and " + e.status() + "; a register is for an edition before it is closed.");
        }
        ImportedVoterRegister.Report r = register.importCsv(e, districts(e), name, csv, principal.getName());
        if (r.rejected()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "pb-register-rejected", "Register rejected",
                    r.problems().size() + " problem(s); nothing was changed. First: " + r.problems().get(0),
                    Map.of("problems", r.problems().stream().map(ImportedVoterRegister.Problem::toString).toList()));
        }
        return r;
    }

    Set<String> districts(PbRepository.Edition e) {
        return repository.pools(e.id()).stream().filter(p -> p.district() != null).map(PbRepository.Pool::district)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @PostMapping("/editions/{edition}/open")
    @Operation(summary = "Open the vote (needs pools, projects and the register)")
    public Map<String, String> open(@PathVariable("edition") String slug, Principal principal) {
        admin.open(slug, principal.getName());
        return Map.of("status", "open");
    }

    @PostMapping("/editions/{edition}/close")
    @Operation(summary = "Close the vote: open the ballot box, shuffle, count every pool with its rule",
            description = "Before the edition's end date a reason is required (parameter or JSON field 'reason'); "
                    + "without it the answer is an RFC 7807 problem (422). The audit trail records who closed and why.")
    public EditionAdmin.Closed close(@PathVariable("edition") String slug,
                                     @RequestParam(name = "reason", required = false) String reason,
                                     @RequestBody(required = false) Map<String, String> body, Principal principal) {
        String why = reason != null ? reason : body == null ? null : body.get("reason");
        return admin.closeAndCount(slug, principal.getName(), why);
    }

    @PostMapping("/editions/{edition}/pools/{pool}/paper-ballots")
    @Operation(summary = "Enter a paper ballot (an official)", description = "The same checks as online; the audit trail "
            + "records that the official entered a paper ballot in the pool, never whose or what.")
    public ResponseEntity<VoteAnswers.Receipt> paper(@PathVariable("edition") String slug, @PathVariable("pool") String code,
                                               @RequestBody VoteAnswers.BallotRequest ballot, Principal principal) {
        String receipt = voting.cast(slug, code, ballot.voterId(), ballot.projects(), ballot.points(), principal.getName());
        return VoteAnswers.created(slug, code, receipt);
    }

    @ExceptionHandler(EditionAdmin.Invalid.class)
    ResponseEntity<ProblemDetail> invalid(EditionAdmin.Invalid e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, String.join("; ", e.problems()));
        p.setType(URI.create("https://miasto4.pl/problems/pb-invalid"));
        p.setTitle("Refused");
        p.setProperty("problems", e.problems());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler(Voting.Refused.class)
    ResponseEntity<ProblemDetail> refused(Voting.Refused r) {
        return VoteAnswers.problem(r, messages);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
