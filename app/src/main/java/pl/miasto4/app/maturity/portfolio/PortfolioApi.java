package pl.miasto4.app.maturity.portfolio;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.AssessmentStore;
import pl.miasto4.app.maturity.assessment.ModelStore;
import pl.miasto4.app.maturity.assessment.RejectedInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.portfolio.Ahp;
import pl.miasto4.maturity.roadmap.Action;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@RestController
@RequestMapping("/api/maturity")
@Tag(name = "Maturity: register of initiatives and portfolio")
public class PortfolioApi {
    private final InitiativeStore store;
    private final InitiativeService initiatives;
    private final PortfolioService portfolio;
    private final AssessmentService assessments;
    private final ModelStore models;

    public PortfolioApi(InitiativeStore store, InitiativeService initiatives, PortfolioService portfolio,
                        AssessmentService assessments, ModelStore models) {
        this.store = store;
        this.initiatives = initiatives;
        this.portfolio = portfolio;
        this.assessments = assessments;
        this.models = models;
    }

    @GetMapping("/initiatives")
    @Operation(summary = "Register of initiatives, pilots and systems", description = "Owner, dimension, component, status, budget "
            + "per year, milestones, KPIs with their latest value from the store, outcome and why. Optionally of one city "
            + "('unit'), or the one initiative whose 'code' is given.")
    public List<InitiativeStore.Initiative> list(@RequestParam(required = false) String unit,
                                                 @RequestParam(required = false) String code) {
        return code != null ? store.find(code).map(List::of).orElseGet(List::of) : store.list(unit);
    }

    /** An initiative as a client writes it. */
    public record InitiativeInput(String unitCode, String kind, String titlePl, String titleEn, String description, String owner,
                                  String dimension, String component, String status, String started, String ended,
                                  String outcome, String outcomeReason, Map<Integer, BigDecimal> budget,
                                  List<InitiativeStore.Milestone> milestones, Map<String, BigDecimal> kpis,
                                  Map<String, Double> ratings) {
    }

    @PutMapping("/initiatives/{code}")
    @Operation(summary = "Create or replace an initiative (login required)", description = "kind initiative|pilot|system; status "
            + "proposed|approved|in_progress|in_production|completed|stopped|retired; outcome succeeded|failed|mixed needs a reason; "
            + "budget {year: PLN}; kpis {indicator code: target}; ratings {criterion: 1-5} for proposals.")
    public InitiativeStore.Initiative put(@PathVariable String code, @RequestBody InitiativeInput in, Principal principal) {
        InitiativeStore.Initiative existing = store.find(code).orElse(null);
        List<InitiativeStore.Kpi> kpis = in.kpis() == null ? List.of() : in.kpis().entrySet().stream()
                .map(e -> new InitiativeStore.Kpi(e.getKey(), null, null, null, e.getValue(), null, null)).toList();
        return initiatives.save(new InitiativeStore.Initiative(0, code, in.unitCode(), null, in.kind() == null ? "initiative" : in.kind(),
                in.titlePl(), in.titleEn(), in.description(), in.owner(), in.dimension(), in.component(),
                in.status() == null ? "proposed" : in.status(), in.started(), in.ended(), in.outcome(), in.outcomeReason(),
                existing == null ? null : existing.actionId(), existing == null ? List.of() : existing.citations(),
                in.budget() == null ? Map.of() : new TreeMap<>(in.budget()), in.milestones() == null ? List.of() : in.milestones(),
                kpis, in.ratings() == null ? Map.of() : in.ratings()), principal.getName());
    }

    @PutMapping("/initiatives/{code}/ratings")
    @Operation(summary = "Rate a proposal on the scoring criteria (login required)", description = "{criterion: 1-5}, higher is better; "
            + "criteria: " + "strategic_fit, maturity_gain, cost_effectiveness, resident_benefit, feasibility.")
    public InitiativeStore.Initiative rate(@PathVariable String code, @RequestBody Map<String, Double> ratings, Principal principal) {
        return initiatives.rate(code, ratings, PortfolioService.CRITERIA, principal.getName());
    }

    @PostMapping("/assessments/{id}/roadmap/actions/{actionId}/initiative")
    @Operation(summary = "Turn a roadmap action into a proposed initiative (login required)")
    public ResponseEntity<InitiativeStore.Initiative> fromAction(@PathVariable long id, @PathVariable String actionId,
                                                                Principal principal) {
        AssessmentStore.StoredAssessment a = assessments.assessment(id);
        MaturityModel model = models.model(a.modelId(), a.modelVersion()).orElseThrow();
        Action action = models.actions(model).flatMap(c -> c.action(actionId))
                .orElseThrow(() -> new AssessmentService.NotFound("action", actionId));
        return ResponseEntity.status(HttpStatus.CREATED).body(initiatives.fromAction(a.unitCode(), model, action, principal.getName()));
    }

    @GetMapping("/cities/{unit}/portfolio")
    @Operation(summary = "Proposals of a city scored", description = "AHP weights of the city's criteria with λmax, CI and CR "
            + "(CR ≤ 0.10 acceptable), then method=weighted_sum (each criterion's contribution wⱼ·rⱼ) or method=topsis (closeness, "
            + "with each criterion's weighted normalised rating and distance to the best and worst proposal).")
    public PortfolioService.Scoring portfolio(@PathVariable String unit, @RequestParam(defaultValue = "weighted_sum") String method) {
        PortfolioService.Method m;
        try {
            m = PortfolioService.Method.valueOf(method.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw RejectedInput.of("method", method, "weighted_sum or topsis");
        }
        return portfolio.score(unit, m);
    }

    /** Pairwise comparisons, upper triangle used: matrix[i][j] = how much more criterion i counts than j (1/9-9). */
    public record Comparisons(double[][] matrix) {
    }

    @PutMapping("/cities/{unit}/portfolio/comparisons")
    @Operation(summary = "Save the city's AHP comparisons (login required)", description = "A 5×5 matrix over strategic_fit, "
            + "maturity_gain, cost_effectiveness, resident_benefit, feasibility; the lower triangle is taken as the reciprocal.")
    public Ahp.Result compare(@PathVariable String unit, @RequestBody Comparisons body, Principal principal) {
        if (body.matrix() == null) {
            throw RejectedInput.of("matrix", "", "required");
        }
        return portfolio.saveComparisons(unit, body.matrix(), principal.getName());
    }
}
