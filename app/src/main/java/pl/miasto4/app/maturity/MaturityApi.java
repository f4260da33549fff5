package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.AssessmentStore;
import pl.miasto4.app.maturity.assessment.ModelStore;
import pl.miasto4.app.maturity.assessment.RejectedInput;
import pl.miasto4.app.maturity.report.BenchmarkView;
import pl.miasto4.app.maturity.report.CrossModelPanel;
import pl.miasto4.app.maturity.report.MaturityViews;
import pl.miasto4.app.maturity.report.ProfileView;
import pl.miasto4.app.maturity.report.RoadmapView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pl.miasto4.maturity.model.MaturityModel;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/maturity")
@Tag(name = "Maturity: models, assessments, benchmarks, roadmaps")
public class MaturityApi {
    private final ModelStore models;
    private final AssessmentStore assessments;
    private final AssessmentService service;
    private final MaturityViews views;
    private final CrossModelPanel crossModel;

    public MaturityApi(ModelStore models, AssessmentStore assessments, AssessmentService service, MaturityViews views,
                       CrossModelPanel crossModel) {
        this.crossModel = crossModel;
        this.models = models;
        this.assessments = assessments;
        this.service = service;
        this.views = views;
    }

    @GetMapping("/models")
    @Operation(summary = "Stored maturity models", description = "Every version; the shipped models (miasto40, itu-y4904) are built in.")
    public List<ModelStore.StoredModel> models() {
        return models.list();
    }

    @GetMapping("/model")
    @Operation(summary = "One model, parsed", description = "Dimensions, criteria with their five levels, indicators with thresholds, "
            + "citations. 'id' defaults to miasto40; the latest version unless 'version' is given.")
    public MaturityModel model(@RequestParam(defaultValue = "miasto40") String id, @RequestParam(required = false) String version) {
        return (version == null ? models.latestModel(id) : models.model(id, version))
                .orElseThrow(() -> new AssessmentService.NotFound("model", id + (version == null ? "" : "@" + version)));
    }

    @GetMapping("/model/document")
    @Operation(summary = "One model as its YAML document", description = "'id' defaults to miasto40; the latest version unless "
            + "'version' is given. Always application/yaml.")
    public ResponseEntity<String> modelDocument(@RequestParam(defaultValue = "miasto40") String id,
                                                @RequestParam(required = false) String version) {
        String v = version != null ? version : models.latest(id).map(ModelStore.StoredModel::version)
                .orElseThrow(() -> new AssessmentService.NotFound("model", id));
        String text = models.document(id, v).orElseThrow(() -> new AssessmentService.NotFound("model", id + "@" + v));
        return ResponseEntity.ok().contentType(new MediaType("application", "yaml", java.nio.charset.StandardCharsets.UTF_8)).body(text);
    }

    @PostMapping(value = "/models", consumes = {"application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import a model (login required)", description = "A miasto4.maturity-model/1 YAML document. 422 lists every "
            + "problem with its line and column; a stored version is never overwritten (give a changed model a new version).")
    public ResponseEntity<ModelStore.StoredModel> importModel(@RequestBody String document, Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(models.importModel(document, "request body", principal.getName()));
    }

    @GetMapping("/assessments")
    @Operation(summary = "Assessments", description = "Optionally of one city (TERYT code) and/or model.")
    public List<AssessmentStore.StoredAssessment> assessments(@RequestParam(required = false) String unit,
                                                              @RequestParam(required = false) String model) {
        return assessments.list(unit, model);
    }

    @PostMapping("/assessments")
    @Operation(summary = "Start an assessment (login required)", description = "A city (TERYT code), a model (default miasto40, "
            + "latest version), a date (2025, 2025-09 or 2025-09-30), an origin (self_assessment by default).")
    public ResponseEntity<AssessmentStore.StoredAssessment> create(@RequestBody AssessmentService.NewAssessment body,
                                                                   Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.create(body, principal.getName()));
    }

    @PostMapping(value = "/assessments/import", consumes = {"application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import an assessment document (login required)", description = "A miasto4.maturity-assessment/1 YAML "
            + "document under a stored model, all or nothing; 422 lists every problem with its line and column.")
    public ResponseEntity<AssessmentStore.StoredAssessment> importAssessment(@RequestBody String document, Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.importDocument(document, "request body", principal.getName()));
    }

    /**
     * A city's assessment: the one named by 'assessment' (its id), else the latest under 'model' (a
     * self-assessment before one derived from interviews).
     */
    AssessmentStore.StoredAssessment of(String unit, Long assessment, String model) {
        if (assessment != null) {
            AssessmentStore.StoredAssessment a = service.assessment(assessment);
            if (!a.unitCode().equals(unit)) {
                throw new AssessmentService.NotFound("assessment " + assessment + " of city", unit);
            }
            return a;
        }
        return assessments.latestPerCity(model).stream().filter(a -> a.unitCode().equals(unit)).findFirst()
                .orElseThrow(() -> new AssessmentService.NotFound("assessment under model " + model + " of city", unit));
    }

    static final String WHICH = " The city's latest assessment under 'model' (default miasto40; a self-assessment before one "
            + "derived from interviews), or the one whose id is given in 'assessment'.";

    @GetMapping("/cities/{unit}/assessment")
    @Operation(summary = "A city's assessment", description = "Model, year, origin, sources, number of answers." + WHICH)
    public AssessmentStore.StoredAssessment assessment(@PathVariable String unit, @RequestParam(required = false) Long assessment,
                                                       @RequestParam(defaultValue = "miasto40") String model) {
        return of(unit, assessment, model);
    }

    @GetMapping("/cities/{unit}/answers")
    @Operation(summary = "Every respondent's answers", description = "Level (or not applicable), confidence, evidence, citations." + WHICH)
    public List<AssessmentStore.StoredAnswer> answers(@PathVariable String unit, @RequestParam(required = false) Long assessment,
                                                      @RequestParam(defaultValue = "miasto40") String model) {
        return assessments.answers(of(unit, assessment, model).id());
    }

    @PutMapping("/assessments/{id}/answers/{criterion}")
    @Operation(summary = "Save one respondent's answer (login required)", description = "Creates or replaces the answer of "
            + "'respondent' to the criterion; validated against the model (level 1-5, not applicable only on optional criteria, "
            + "confidence 0-1, links http(s), files uploaded to this assessment).")
    public AssessmentStore.StoredAnswer saveAnswer(@PathVariable long id, @PathVariable String criterion,
                                                   @RequestBody AssessmentService.AnswerInput body, Principal principal) {
        if (body.criterionId() != null && !body.criterionId().equals(criterion)) {
            throw RejectedInput.of("criterionId", body.criterionId(), "differs from the criterion in the path (" + criterion + ")");
        }
        return service.saveAnswer(id, new AssessmentService.AnswerInput(criterion, body.respondent(), body.level(),
                body.notApplicable(), body.confidence(), body.evidence()), principal.getName());
    }

    @DeleteMapping("/assessments/{id}/answers/{criterion}")
    @Operation(summary = "Remove one respondent's answer (login required)", description = "The criterion goes back to unanswered.")
    public ResponseEntity<Void> deleteAnswer(@PathVariable long id, @PathVariable String criterion,
                                             @RequestParam String respondent, Principal principal) {
        return service.deleteAnswer(id, criterion, respondent, principal.getName())
                ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @PostMapping(value = "/assessments/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an evidence file (login required)", description = "Up to 10 MB; refer to it from an answer's "
            + "evidence as {kind: file, value: NAME, fileId: ID}.")
    public ResponseEntity<Map<String, Object>> upload(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                                      Principal principal) throws IOException {
        AssessmentStore.EvidenceFile f = service.uploadFile(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(),
                principal.getName());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fileId", f.id());
        out.put("fileName", f.fileName());
        out.put("contentType", f.contentType());
        out.put("size", f.size());
        return ResponseEntity.status(HttpStatus.CREATED).body(out);
    }

    @GetMapping("/cities/{unit}/profile")
    @Operation(summary = "The maturity profile", description = "Scores per criterion, dimension, component and overall with coverage "
            + "(a score below the model's minimum coverage is null, with the partial value beside it; missing is never zero); "
            + "indicator values from the store that drove a level; respondents' disagreement; changes since the previous year." + WHICH)
    public ProfileView profile(@PathVariable String unit, @RequestParam(required = false) Long assessment,
                               @RequestParam(defaultValue = "miasto40") String model) {
        return views.profile(of(unit, assessment, model).id());
    }

    @GetMapping("/cities/{unit}/crossmodel")
    @Operation(summary = "The assessment seen under another model", description = "Through a shipped mapping (miasto40 ↔ itu-y4904): "
            + "each mapped criterion gets the relation-weighted mean of its source levels, rolled up with the other model's rules. "
            + "'to' defaults to the first model the assessment's model is mapped to." + WHICH)
    public CrossModelPanel.View crossModel(@PathVariable String unit, @RequestParam(required = false) Long assessment,
                                           @RequestParam(defaultValue = "miasto40") String model,
                                           @RequestParam(required = false) String to) {
        AssessmentStore.StoredAssessment a = of(unit, assessment, model);
        String target = to != null ? to : crossModel.targets(a.modelId()).stream().findFirst()
                .orElseThrow(() -> new AssessmentService.NotFound("mapping from model", a.modelId()));
        return crossModel.view(a.id(), target).orElseThrow(() -> new AssessmentService.NotFound("mapping between " + a.modelId()
                + " and", target));
    }

    @GetMapping("/cities/{unit}/benchmark")
    @Operation(summary = "Benchmark against peers", description = "Peers: TERYT codes in 'peer' (default: every city assessed under "
            + "the same model version). Gaps to the peers' mean and best; ranks with 5-95% intervals from 1000 Monte Carlo draws." + WHICH)
    public BenchmarkView benchmark(@PathVariable String unit, @RequestParam(required = false) Long assessment,
                                   @RequestParam(defaultValue = "miasto40") String model,
                                   @RequestParam(name = "peer", required = false) List<String> peers) {
        return views.benchmark(of(unit, assessment, model).id(), peers);
    }

    @GetMapping("/cities/{unit}/roadmap")
    @Operation(summary = "Roadmap towards targets", description = "Targets as target.DIMENSION=LEVEL and 'horizon' in years; "
            + "without them the saved targets, else one level above each dimension's score over 4 years. 404 if the model has no "
            + "action catalogue." + WHICH)
    public RoadmapView roadmap(@PathVariable String unit, @RequestParam(required = false) Long assessment,
                               @RequestParam(defaultValue = "miasto40") String model,
                               @io.swagger.v3.oas.annotations.Parameter(hidden = true) @RequestParam Map<String, String> params) {
        long id = of(unit, assessment, model).id();
        Map<String, Integer> targets = new LinkedHashMap<>();
        RejectedInput.Collector p = new RejectedInput.Collector();
        params.forEach((k, v) -> {
            if (k.startsWith("target.")) {
                try {
                    targets.put(k.substring(7), Integer.parseInt(v.strip()));
                } catch (NumberFormatException e) {
                    p.add(k, v, "a target level is a whole number 1-5");
                }
            }
        });
        Integer horizon = null;
        if (params.containsKey("horizon")) {
            try {
                horizon = Integer.parseInt(params.get("horizon").strip());
            } catch (NumberFormatException e) {
                p.add("horizon", params.get("horizon"), "a whole number of years");
            }
        }
        p.throwIfAny();
        return views.roadmap(id, targets, horizon).orElseThrow(() -> new AssessmentService.NotFound("action catalogue for the model of assessment", Long.toString(id)));
    }

    /** Targets to save for an assessment's roadmap. */
    public record RoadmapTargets(Map<String, Integer> targets, int horizonYears) {
    }

    @PutMapping("/assessments/{id}/roadmap")
    @Operation(summary = "Save the roadmap targets (login required)")
    public RoadmapView saveRoadmap(@PathVariable long id, @RequestBody RoadmapTargets body, Principal principal) {
        service.saveRoadmap(id, body.targets() == null ? Map.of() : body.targets(), body.horizonYears(), principal.getName());
        return views.roadmap(id, null, null).orElseThrow();
    }
}
