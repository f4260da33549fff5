package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.AssessmentStore;
import pl.miasto4.app.maturity.assessment.ModelStore;
import pl.miasto4.app.maturity.assessment.RejectedInput;
import pl.miasto4.app.maturity.portfolio.InitiativeService;
import pl.miasto4.app.maturity.portfolio.InitiativeStore;
import pl.miasto4.app.maturity.report.MaturityViews;
import pl.miasto4.app.maturity.report.ProfileView;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.roadmap.Action;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaire (login required): a respondent answers criterion by criterion and every change
 * is saved at once (htmx posts the criterion's form; without script the form posts and comes back).
 * Also starting an assessment, evidence files, saving roadmap targets and turning an action into a proposal.
 */
@Controller
public class QuestionnairePage {
    private final AssessmentStore store;
    private final AssessmentService service;
    private final ModelStore models;
    private final UnitRepository units;
    private final InitiativeService initiatives;
    private final MaturityViews views;

    public QuestionnairePage(AssessmentStore store, AssessmentService service, ModelStore models, UnitRepository units,
                             InitiativeService initiatives, MaturityViews views) {
        this.store = store;
        this.service = service;
        this.models = models;
        this.units = units;
        this.initiatives = initiatives;
        this.views = views;
    }

    @GetMapping("/maturity/questionnaire/new")
    public String newForm(Model model) {
        model.addAttribute("cities", units.findByKind("city_county"));
        model.addAttribute("models", models.list());
        model.addAttribute("today", LocalDate.now().toString().substring(0, 7));
        return "maturity/new";
    }

    @PostMapping("/maturity/questionnaire/new")
    public String create(@RequestParam String unit, @RequestParam String model, @RequestParam String date,
                         @RequestParam(required = false) String note, Principal principal, Model m) {
        String[] idVersion = model.split("@", 2);
        try {
            AssessmentStore.StoredAssessment a = service.create(new AssessmentService.NewAssessment(null, idVersion[0],
                    idVersion.length > 1 ? idVersion[1] : null, unit, date, null, note), principal.getName());
            return "redirect:/maturity/questionnaire/" + a.id();
        } catch (RejectedInput e) {
            m.addAttribute("problems", e.problems());
            return newForm(m);
        }
    }

    @GetMapping("/maturity/questionnaire/{id}")
    public String questionnaire(@PathVariable long id, @RequestParam(required = false) String respondent, Principal principal,
                                Model model) {
        ProfileView p = views.profile(id);
        String who = respondent == null || respondent.isBlank() ? principal.getName() : respondent.strip();
        MaturityModel m = models.model(p.modelId(), p.modelVersion()).orElseThrow();
        Map<String, AssessmentStore.StoredAnswer> mine = new LinkedHashMap<>();
        store.answers(id).stream().filter(a -> a.respondent().equals(who)).forEach(a -> mine.put(a.criterionId(), a));
        model.addAttribute("p", p);
        model.addAttribute("m", m);
        model.addAttribute("respondent", who);
        model.addAttribute("mine", mine);
        model.addAttribute("respondents", store.answers(id).stream().map(AssessmentStore.StoredAnswer::respondent).distinct().sorted().toList());
        return "maturity/questionnaire";
    }

    /** Saves one criterion's answer; for htmx a status line, otherwise back to the questionnaire at that criterion. */
    @PostMapping("/maturity/questionnaire/{id}/answers")
    public String save(@PathVariable long id, @RequestParam String criterion, @RequestParam String respondent,
                       @RequestParam(required = false) String level, @RequestParam(required = false) String confidence,
                       @RequestParam(required = false) String evidenceText, @RequestParam(required = false) String evidenceLink,
                       @RequestParam(required = false) String remove, Principal principal, HttpServletRequest request,
                       Model model, RedirectAttributes redirect) {
        boolean htmx = request.getHeader("HX-Request") != null;
        String message;
        boolean ok = true;
        try {
            if (remove != null) {
                service.deleteAnswer(id, criterion, respondent, principal.getName());
                message = "removed";
            } else {
                List<AssessmentStore.EvidenceJson> evidence = new ArrayList<>();
                evidence.add(new AssessmentStore.EvidenceJson("text", evidenceText, null));
                evidence.add(new AssessmentStore.EvidenceJson("link", evidenceLink, null));
                store.answer(id, criterion, respondent.strip()).ifPresent(a -> a.evidence().stream()
                        .filter(e -> "file".equals(e.kind())).forEach(evidence::add));
                boolean na = "na".equals(level);
                Integer lv = level == null || level.isBlank() || na ? null : parseInt(level, "level");
                Double conf = confidence == null || confidence.isBlank() ? null : parseDouble(confidence);
                service.saveAnswer(id, new AssessmentService.AnswerInput(criterion, respondent, lv, na, conf, evidence),
                        principal.getName());
                message = "saved";
            }
        } catch (RejectedInput e) {
            ok = false;
            message = e.problems().stream().map(RejectedInput.Problem::reason).reduce((a, b) -> a + "; " + b).orElse("");
        }
        if (htmx) {
            model.addAttribute("ok", ok);
            model.addAttribute("message", message);
            model.addAttribute("time", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")));
            return "maturity/questionnaire :: status";
        }
        redirect.addFlashAttribute(ok ? "saved" : "error", ok ? criterion : message);
        return "redirect:" + back(id, respondent, criterion);
    }

    @PostMapping("/maturity/questionnaire/{id}/files")
    public String upload(@PathVariable long id, @RequestParam String criterion, @RequestParam String respondent,
                         @RequestParam("file") MultipartFile file, Principal principal, RedirectAttributes redirect) throws IOException {
        try {
            AssessmentStore.StoredAnswer answer = store.answer(id, criterion, respondent.strip()).orElseThrow(() ->
                    RejectedInput.of("criterion", criterion, "choose a level first, then attach files to the answer"));
            AssessmentStore.EvidenceFile f = service.uploadFile(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(),
                    principal.getName());
            List<AssessmentStore.EvidenceJson> evidence = new ArrayList<>(answer.evidence());
            evidence.add(new AssessmentStore.EvidenceJson("file", f.fileName(), f.id()));
            service.saveAnswer(id, new AssessmentService.AnswerInput(criterion, respondent, answer.level(), answer.notApplicable(),
                    answer.confidence(), evidence), principal.getName());
            redirect.addFlashAttribute("saved", criterion);
        } catch (RejectedInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back(id, respondent, criterion);
    }

    @PostMapping("/maturity/assessments/{id}/roadmap")
    public String saveRoadmap(@PathVariable long id, @RequestParam Map<String, String> params, Principal principal,
                              RedirectAttributes redirect) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("target.") && v.matches("[1-5]")) {
                targets.put(k.substring(7), Integer.parseInt(v));
            }
        });
        try {
            service.saveRoadmap(id, targets, parseInt(params.getOrDefault("horizon", ""), "horizon"), principal.getName());
            redirect.addFlashAttribute("saved", "roadmap");
        } catch (RejectedInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/maturity/assessments/" + id + "/roadmap";
    }

    @PostMapping("/maturity/assessments/{id}/roadmap/actions/{actionId}/initiative")
    public String toInitiative(@PathVariable long id, @PathVariable String actionId, Principal principal,
                               RedirectAttributes redirect) {
        AssessmentStore.StoredAssessment a = service.assessment(id);
        MaturityModel m = models.model(a.modelId(), a.modelVersion()).orElseThrow();
        Optional<Action> action = models.actions(m).flatMap(c -> c.action(actionId));
        if (action.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown action " + actionId);
        }
        try {
            InitiativeStore.Initiative i = initiatives.fromAction(a.unitCode(), m, action.get(), principal.getName());
            redirect.addFlashAttribute("saved", i.code());
        } catch (RejectedInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/maturity/assessments/" + id + "/roadmap";
    }

    private static String back(long id, String respondent, String criterion) {
        return UriComponentsBuilder.fromPath("/maturity/questionnaire/" + id).queryParam("respondent", respondent)
                .fragment("c-" + criterion).encode().build().toUriString();
    }

    private static int parseInt(String s, String field) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw RejectedInput.of(field, s, "a whole number");
        }
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw RejectedInput.of("confidence", s, "a number between 0 and 1");
        }
    }

}
