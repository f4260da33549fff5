package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.AssessmentStore;
import pl.miasto4.app.maturity.assessment.ModelStore;
import pl.miasto4.app.maturity.assessment.RejectedInput;
import pl.miasto4.app.maturity.report.BenchmarkView;
import pl.miasto4.app.maturity.report.CrossModelPanel;
import pl.miasto4.app.maturity.report.MaturityCharts;
import pl.miasto4.app.maturity.report.MaturityReport;
import pl.miasto4.app.maturity.report.MaturityViews;
import pl.miasto4.app.maturity.report.ProfileView;
import pl.miasto4.app.maturity.report.RoadmapView;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.maturity.model.MaturityModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading pages: the overview, the model browser, a city's profile, its benchmark and its roadmap. */
@Controller
public class MaturityPages {
    private final ModelStore models;
    private final AssessmentStore assessments;
    private final MaturityViews views;
    private final MaturityCharts charts;
    private final IndicatorRepository indicators;
    private final MaturityReport report;
    private final CrossModelPanel crossModel;

    public MaturityPages(ModelStore models, AssessmentStore assessments, MaturityViews views, MaturityCharts charts,
                         IndicatorRepository indicators, MaturityReport report, CrossModelPanel crossModel) {
        this.report = report;
        this.crossModel = crossModel;
        this.models = models;
        this.assessments = assessments;
        this.views = views;
        this.charts = charts;
        this.indicators = indicators;
    }

    /** One row of the overview: an assessment with its overall score. */
    public record Row(AssessmentStore.StoredAssessment assessment, ProfileView.ScoreView overall) {
    }

    @GetMapping("/maturity")
    public String index(Model model) {
        model.addAttribute("models", models.list());
        model.addAttribute("rows", assessments.list(null, null).stream()
                .map(a -> new Row(a, views.overall(a))).toList());
        return "maturity/index";
    }

    @GetMapping("/maturity/models/{id}")
    public String model(@PathVariable String id, @RequestParam(required = false) String version, Model model) {
        MaturityModel m = (version == null ? models.latestModel(id) : models.model(id, version))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown model " + id));
        model.addAttribute("m", m);
        model.addAttribute("versions", models.list().stream().filter(s -> s.id().equals(id)).toList());
        Map<String, Boolean> inCatalogue = new LinkedHashMap<>();
        m.indicatorCodes().keySet().forEach(code -> inCatalogue.put(code, indicators.find(code).isPresent()));
        model.addAttribute("inCatalogue", inCatalogue);
        model.addAttribute("hasActions", models.actions(m).isPresent());
        return "maturity/model";
    }

    @GetMapping("/maturity/assessments/{id}")
    public String profile(@PathVariable long id, Model model, java.util.Locale locale) {
        ProfileView p = views.profile(id);
        model.addAttribute("p", p);
        model.addAttribute("chartJson", charts.profile(p));
        model.addAttribute("radarSvg", charts.profileRadar(p, locale.getLanguage()));
        model.addAttribute("crossViews", crossModel.targets(p.modelId()).stream()
                .map(t -> crossModel.view(id, t)).flatMap(java.util.Optional::stream).toList());
        return "maturity/profile";
    }

    /** The printable report (PDF by default, or HTML), the same as {@code miasto maturity report}. */
    @GetMapping("/maturity/assessments/{id}/report")
    public org.springframework.http.ResponseEntity<byte[]> report(@PathVariable long id,
                                                                  @RequestParam(defaultValue = "pdf") String format,
                                                                  java.util.Locale locale) {
        MaturityReport.Format f = "html".equals(format) ? MaturityReport.Format.html : MaturityReport.Format.pdf;
        AssessmentStore.StoredAssessment a = assessments.find(id).orElseThrow(() -> new AssessmentService.NotFound("assessment", Long.toString(id)));
        byte[] body = report.render(id, locale, f);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(f == MaturityReport.Format.pdf ? org.springframework.http.MediaType.APPLICATION_PDF
                        : org.springframework.http.MediaType.parseMediaType("text/html;charset=UTF-8"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "inline"
                        + "; filename=\"" + a.code() + "-" + locale.getLanguage() + "." + f.name() + "\"")
                .body(body);
    }

    /** An evidence file of an assessment, as it was uploaded. */
    @GetMapping("/maturity/evidence/{id}/{fileId}")
    public org.springframework.http.ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
        AssessmentStore.EvidenceFile f = assessments.file(id, fileId)
                .orElseThrow(() -> new AssessmentService.NotFound("evidence file", id + "/" + fileId));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(f.contentType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + f.fileName().replace("\"", "") + "\"")
                .body(f.content());
    }

    @GetMapping("/maturity/assessments/{id}/benchmark")
    public String benchmark(@PathVariable long id, @RequestParam(name = "peer", required = false) List<String> peers, Model model,
                            java.util.Locale locale) {
        ProfileView p = views.profile(id);
        BenchmarkView b = views.benchmark(id, peers);
        model.addAttribute("p", p);
        model.addAttribute("b", b);
        model.addAttribute("candidates", views.peerCandidates(id));
        model.addAttribute("chosen", peers == null ? List.of() : peers);
        model.addAttribute("chartJson", charts.benchmark(b));
        model.addAttribute("radarSvg", charts.benchmarkRadar(b, locale.getLanguage()));
        return "maturity/benchmark";
    }

    @GetMapping("/maturity/assessments/{id}/roadmap")
    public String roadmap(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        ProfileView p = views.profile(id);
        Map<String, Integer> targets = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("target.") && v.matches("[1-5]")) {
                targets.put(k.substring(7), Integer.parseInt(v));
            }
        });
        Integer horizon = params.getOrDefault("horizon", "").matches("\\d{1,2}") ? Integer.valueOf(params.get("horizon")) : null;
        model.addAttribute("p", p);
        try {
            RoadmapView r = views.roadmap(id, targets, horizon).orElse(null);
            model.addAttribute("r", r);
            if (r != null) {
                model.addAttribute("chartJson", charts.roadmap(r));
            }
        } catch (RejectedInput e) {
            model.addAttribute("problems", e.problems());
        }
        return "maturity/roadmap";
    }

}
