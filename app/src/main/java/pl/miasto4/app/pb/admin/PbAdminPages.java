package pl.miasto4.app.pb.admin;

import pl.miasto4.app.pb.results.PbRepository;
import pl.miasto4.app.pb.voting.BallotForm;
import pl.miasto4.app.pb.voting.ImportedVoterRegister;
import pl.miasto4.app.pb.voting.VoteMessages;
import pl.miasto4.app.pb.voting.Voting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.miasto4.pb.VoteType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Officials' pages (login required): import past editions, create and run an edition, enter paper ballots. */
@Controller
public class PbAdminPages {
    private final PbRepository repository;
    private final PbImport imports;
    private final EditionAdmin admin;
    private final ImportedVoterRegister register;
    private final Voting voting;
    private final VoteMessages messages;

    public PbAdminPages(PbRepository repository, PbImport imports, EditionAdmin admin, ImportedVoterRegister register,
                        Voting voting, VoteMessages messages) {
        this.repository = repository;
        this.imports = imports;
        this.admin = admin;
        this.register = register;
        this.voting = voting;
        this.messages = messages;
    }

    @GetMapping("/admin/pb")
    public String list(Model model) {
        model.addAttribute("editions", repository.editions());
        model.addAttribute("rules", pl.miasto4.pb.rules.Rules.names());
        return "pb/admin";
    }

    @PostMapping("/admin/pb/import")
    public String importFiles(@RequestParam("files") List<MultipartFile> files, Principal principal, Model model)
            throws IOException {
        List<PbImport.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files) {
            if (!f.isEmpty()) {
                uploads.add(new PbImport.Upload(f.getOriginalFilename() == null ? "upload.pb" : f.getOriginalFilename(),
                        f.getBytes()));
            }
        }
        if (uploads.isEmpty()) {
            model.addAttribute("errors", List.of("—"));
        } else {
            model.addAttribute("importReport", imports.importFiles(uploads, principal.getName()));
        }
        return list(model);
    }

    @PostMapping("/admin/pb/editions")
    public String create(@RequestParam String slug, @RequestParam String city, @RequestParam String name,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate votingStart,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate votingEnd,
                         @RequestParam(required = false) Integer minAge, @RequestParam(defaultValue = "residence") String districtVote,
                         Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            PbRepository.Edition e = admin.create(new EditionAdmin.NewEdition(slug, city, name, null, votingStart, votingEnd,
                    minAge, districtVote), principal.getName());
            redirect.addFlashAttribute("done", "pb.admin.created");
            return "redirect:/admin/pb/" + e.slug();
        } catch (EditionAdmin.Invalid ex) {
            response.setStatus(422);
            model.addAttribute("errors", ex.problems());
            model.addAttribute("form", Map.of("slug", slug, "city", city, "name", name,
                    "votingStart", votingStart == null ? "" : votingStart.toString(),
                    "votingEnd", votingEnd == null ? "" : votingEnd.toString(), "minAge", minAge == null ? "" : minAge.toString()));
            return list(model);
        }
    }

    PbRepository.Edition edition(String slug) {
        return repository.edition(slug).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "no edition " + slug));
    }

    /** A pool as the officials' page shows it. */
    public record PoolRow(PbRepository.Pool pool, int projects, long sealed, long counted) {
    }

    @GetMapping("/admin/pb/{edition}")
    public String edition(@PathVariable("edition") String slug, Model model) {
        PbRepository.Edition e = edition(slug);
        Map<Long, Long> sealed = repository.sealedCounts(e.id());
        Map<Long, Long> counted = repository.ballotCounts(e.id());
        List<PoolRow> pools = repository.pools(e.id()).stream().map(p -> new PoolRow(p, repository.projects(p.id()).size(),
                sealed.getOrDefault(p.id(), 0L), counted.getOrDefault(p.id(), 0L))).toList();
        model.addAttribute("edition", e);
        model.addAttribute("pools", pools);
        model.addAttribute("registerInfo", registerInfo(e));
        model.addAttribute("rules", pl.miasto4.pb.rules.Rules.names());
        model.addAttribute("voteTypes", List.of(VoteType.values()).stream().map(VoteType::pabulibName).toList());
        return "pb/admin-edition";
    }

    private Map<String, Object> registerInfo(PbRepository.Edition e) {
        return repository.register(e.id()).orElse(null);
    }

    /** Runs an official's change; a refusal shows the edition page again with every problem. */
    private String change(String slug, Model model, HttpServletResponse response, RedirectAttributes redirect, String done,
                          Supplier<Object> action) {
        try {
            Object result = action.get();
            redirect.addFlashAttribute("done", done);
            if (result != null) {
                redirect.addFlashAttribute("result", result);
            }
            return "redirect:/admin/pb/" + slug;
        } catch (EditionAdmin.Invalid ex) {
            response.setStatus(422);
            model.addAttribute("errors", ex.problems());
            return edition(slug, model);
        }
    }

    @PostMapping("/admin/pb/{edition}/pools")
    public String addPool(@PathVariable("edition") String slug, @RequestParam String code, @RequestParam String name,
                          @RequestParam String kind, @RequestParam(required = false) String district,
                          @RequestParam(required = false) BigDecimal budget, @RequestParam String voteType,
                          @RequestParam String rule, @RequestParam(required = false) Integer minLength,
                          @RequestParam(required = false) Integer maxLength, @RequestParam(required = false) Integer maxPoints,
                          @RequestParam(required = false) Integer maxSumPoints, @RequestParam(required = false) BigDecimal maxSumCost,
                          Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(slug, model, response, redirect, "pb.admin.pooladded", () -> admin.addPool(slug,
                new EditionAdmin.NewPool(code, name, kind, district, budget, voteType, rule, minLength, maxLength, maxPoints,
                        maxSumPoints, maxSumCost), principal.getName()).code());
    }

    @PostMapping("/admin/pb/{edition}/pools/from-file")
    public String poolFromFile(@PathVariable("edition") String slug, @RequestParam String code,
                               @RequestParam("file") MultipartFile file, Principal principal, Model model,
                               HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        byte[] bytes = file.getBytes();
        return change(slug, model, response, redirect, "pb.admin.pooladded", () -> admin.poolFromFile(slug, code,
                file.getOriginalFilename(), bytes, principal.getName()).code());
    }

    @PostMapping("/admin/pb/{edition}/pools/{pool}/projects")
    public String projects(@PathVariable("edition") String slug, @PathVariable("pool") String code,
                           @RequestParam("file") MultipartFile file, Principal principal, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        return change(slug, model, response, redirect, "pb.admin.projectsset", () -> admin.setProjects(slug, code,
                ProjectsCsv.read(csv), principal.getName()));
    }

    @PostMapping("/admin/pb/{edition}/register")
    public String register(@PathVariable("edition") String slug, @RequestParam("file") MultipartFile file, Principal principal,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        PbRepository.Edition e = edition(slug);
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        TreeSet<String> districts = new TreeSet<>();
        repository.pools(e.id()).forEach(p -> {
            if (p.district() != null) {
                districts.add(p.district());
            }
        });
        if (!e.live() || e.counted()) {
            return change(slug, model, response, redirect, "", () -> {
                throw new EditionAdmin.Invalid(List.of("edition " + slug + " is " + e.status() + "; a register is for an edition before it is closed"));
            });
        }
        ImportedVoterRegister.Report r = register.importCsv(e, districts,
                file.getOriginalFilename() == null ? "register.csv" : file.getOriginalFilename(), csv, principal.getName());
        if (r.rejected()) {
            response.setStatus(422);
            model.addAttribute("registerReport", r);
            return edition(slug, model);
        }
        redirect.addFlashAttribute("done", "pb.admin.registered");
        redirect.addFlashAttribute("result", r.voters());
        return "redirect:/admin/pb/" + slug;
    }

    @PostMapping("/admin/pb/{edition}/open")
    public String open(@PathVariable("edition") String slug, Principal principal, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        return change(slug, model, response, redirect, "pb.admin.opened", () -> {
            admin.open(slug, principal.getName());
            return null;
        });
    }

    @PostMapping("/admin/pb/{edition}/close")
    public String close(@PathVariable("edition") String slug, @RequestParam(required = false) String confirm,
                        @RequestParam(required = false) String reason, Principal principal, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        PbRepository.Edition e = edition(slug);
        if (EditionAdmin.early(e) && (confirm == null || reason == null || reason.isBlank())) {
            // the confirmation step: closing before the end date needs a reason
            if (confirm != null) {
                response.setStatus(422);
                model.addAttribute("closeReasonMissing", true);
            }
            model.addAttribute("confirmClose", true);
            return edition(slug, model);
        }
        return change(slug, model, response, redirect, "pb.admin.closed", () -> admin.closeAndCount(slug, principal.getName(),
                reason).ballots().values().stream().mapToInt(Integer::intValue).sum());
    }

    @PostMapping("/admin/pb/{edition}/delete")
    public String delete(@PathVariable("edition") String slug, Principal principal, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        try {
            admin.deleteDraft(slug, principal.getName());
            return "redirect:/admin/pb";
        } catch (EditionAdmin.Invalid ex) {
            response.setStatus(422);
            model.addAttribute("errors", ex.problems());
            return edition(slug, model);
        }
    }

    @GetMapping("/admin/pb/{edition}/{pool}/paper")
    public String paperForm(@PathVariable("edition") String slug, @PathVariable("pool") String code, Model model) {
        preparePaper(slug, code, model);
        return "pb/vote";
    }

    private void preparePaper(String slug, String code, Model model) {
        PbRepository.Edition e = edition(slug);
        PbRepository.Pool p = repository.pool(e.id(), code).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "no pool " + code));
        model.addAttribute("edition", e);
        model.addAttribute("pool", p);
        model.addAttribute("projects", repository.projects(p.id()));
        model.addAttribute("rules", voting.rules(slug, code));
        model.addAttribute("type", VoteType.fromPabulib(p.voteType()).name());
        model.addAttribute("canVote", e.live() && e.open());
        model.addAttribute("paper", true);
        model.addAttribute("formAction", "/admin/pb/" + slug + "/" + code + "/paper");
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", Map.of());
        }
    }

    @PostMapping("/admin/pb/{edition}/{pool}/paper")
    public String paper(@PathVariable("edition") String slug, @PathVariable("pool") String code,
                        @RequestParam Map<String, String> form, @RequestParam(name = "project", required = false) List<String> ticked,
                        Principal principal, Locale locale, Model model, HttpServletResponse response) {
        BallotForm ballot = BallotForm.read(voting.rules(slug, code), form, ticked, messages, locale);
        String view = ballot.submit((projects, points) -> voting.cast(slug, code, form.get("voterId"), projects, points,
                principal.getName()), form, messages, locale, model, response);
        preparePaper(slug, code, model);
        return view;
    }
}
