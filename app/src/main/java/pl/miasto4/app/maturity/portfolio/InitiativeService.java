package pl.miasto4.app.maturity.portfolio;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.AssessmentStore;
import pl.miasto4.app.maturity.assessment.ModelStore;
import pl.miasto4.app.maturity.assessment.RejectedInput;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.maturity.model.Component;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.roadmap.Action;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Changes to the register of initiatives: validated first, recorded in the audit trail in the same transaction. */
@Service
public class InitiativeService {
    static final Set<String> KINDS = Set.of("initiative", "pilot", "system");
    static final List<String> STATUSES = List.of("proposed", "approved", "in_progress", "in_production", "completed",
            "stopped", "retired");
    static final Set<String> OUTCOMES = Set.of("succeeded", "failed", "mixed");

    private final InitiativeStore store;
    private final UnitRepository units;
    private final IndicatorRepository indicators;
    private final ModelStore models;
    private final AuditTrail audit;

    public InitiativeService(InitiativeStore store, UnitRepository units, IndicatorRepository indicators, ModelStore models,
                             AuditTrail audit) {
        this.store = store;
        this.units = units;
        this.indicators = indicators;
        this.models = models;
        this.audit = audit;
    }

    /** Creates or replaces an initiative after checking every field. */
    @Transactional
    public InitiativeStore.Initiative save(InitiativeStore.Initiative in, String user) {
        RejectedInput.Collector p = new RejectedInput.Collector();
        if (in.code() == null || !in.code().matches("^[A-Za-z0-9][A-Za-z0-9_.-]*$")) {
            p.add("code", in.code(), "letters, digits, '.', '_' and '-' only");
        }
        if (in.unitCode() == null || units.find(in.unitCode()).isEmpty()) {
            p.add("unit", in.unitCode(), "no such territorial unit");
        }
        if (!KINDS.contains(in.kind())) {
            p.add("kind", in.kind(), "one of " + KINDS);
        }
        if (in.titlePl() == null || in.titlePl().isBlank()) {
            p.add("titlePl", "", "a title is required");
        }
        if (!STATUSES.contains(in.status())) {
            p.add("status", in.status(), "one of " + STATUSES);
        }
        if (in.dimension() != null && models.latestModel("miasto40").flatMap(m -> m.dimension(in.dimension())).isEmpty()) {
            p.add("dimension", in.dimension(), "not a dimension of the Miasto 4.0 model");
        }
        if (in.component() != null && java.util.Arrays.stream(Component.values()).noneMatch(c -> c.code().equals(in.component()))) {
            p.add("component", in.component(), "money, technology, people or processes");
        }
        if (in.outcome() != null && !OUTCOMES.contains(in.outcome())) {
            p.add("outcome", in.outcome(), "one of " + OUTCOMES);
        }
        if (in.outcome() != null && (in.outcomeReason() == null || in.outcomeReason().isBlank())) {
            p.add("outcomeReason", "", "say why it succeeded or failed, so that the next city learns from it");
        }
        in.budget().forEach((year, amount) -> {
            if (year == null || year < 2000 || year > 2100) {
                p.add("budget", year, "a budget year is 2000-2100");
            }
            if (amount == null || amount.signum() < 0) {
                p.add("budget." + year, amount, "an amount in PLN, not negative");
            }
        });
        for (InitiativeStore.Milestone m : in.milestones()) {
            if (m.due() == null || AssessmentService.yearOf(m.due()) == null) {
                p.add("milestones", m.due(), "a due date as 2026, 2026-06 or 2026-06-30");
            }
            if (m.title() == null || m.title().isBlank()) {
                p.add("milestones", m.due(), "a milestone needs a title");
            }
        }
        for (InitiativeStore.Kpi k : in.kpis()) {
            if (indicators.find(k.indicatorCode()).isEmpty()) {
                p.add("kpis", k.indicatorCode(), "no such indicator in the catalogue");
            }
        }
        in.ratings().forEach((c, r) -> {
            if (r == null || r < 1 || r > 5) {
                p.add("ratings." + c, r, "a rating is 1-5");
            }
        });
        p.throwIfAny();
        Optional<InitiativeStore.Initiative> before = store.find(in.code());
        store.save(in, user);
        InitiativeStore.Initiative after = store.find(in.code()).orElseThrow();
        audit.record(user, before.isPresent() ? "update" : "create", "initiative", in.code(), before.orElse(null), after);
        return after;
    }

    /** Rates a proposal on the city's scoring criteria (1-5, higher is better). */
    @Transactional
    public InitiativeStore.Initiative rate(String code, Map<String, Double> ratings, List<String> criteria, String user) {
        InitiativeStore.Initiative i = store.find(code).orElseThrow(() -> new AssessmentService.NotFound("initiative", code));
        RejectedInput.Collector p = new RejectedInput.Collector();
        ratings.forEach((c, r) -> {
            if (!criteria.contains(c)) {
                p.add("ratings." + c, r, "not one of the city's scoring criteria " + criteria);
            } else if (r == null || r < 1 || r > 5) {
                p.add("ratings." + c, r, "a rating is 1-5");
            }
        });
        p.throwIfAny();
        Map<String, Double> merged = new LinkedHashMap<>(i.ratings());
        merged.putAll(ratings);
        store.saveRatings(i.id(), merged);
        InitiativeStore.Initiative after = store.find(code).orElseThrow();
        audit.record(user, "update", "initiative_rating", code, i.ratings(), after.ratings());
        return after;
    }

    /** A roadmap action becomes a proposed initiative of the city (no owner or budget yet). */
    @Transactional
    public InitiativeStore.Initiative fromAction(String unitCode, MaturityModel model, Action action, String user) {
        String code = unitCode + "-" + action.id().replace('_', '-');
        if (store.find(code).isPresent()) {
            throw RejectedInput.of("action", action.id(), "this action is already in the register as " + code);
        }
        String dimension = action.raises().isEmpty() ? null : model.dimensionOf(action.raises().get(0).criterionId()).id();
        if (!"miasto40".equals(model.id())) {
            dimension = null;
        }
        return save(new InitiativeStore.Initiative(0, code, unitCode, null, "initiative", action.title().pl(), action.title().en(),
                null, null, dimension, action.component().code(), "proposed", null, null, null, null, action.id(),
                action.citations().stream().map(AssessmentStore.CitationJson::of).toList(), Map.of(), List.of(), List.of(),
                Map.of()), user);
    }

    /** Loads the demo register ({@code demo/initiatives.yaml}): real initiatives only, each citing its source. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int loadDemo(String user) {
        Map<String, Object> doc;
        try (InputStream in = new ClassPathResource("demo/initiatives.yaml").getInputStream()) {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read demo/initiatives.yaml", e);
        }
        int n = 0;
        for (Map<String, Object> m : (List<Map<String, Object>>) doc.get("initiatives")) {
            Map<String, String> title = (Map<String, String>) m.get("title");
            List<AssessmentStore.CitationJson> cites = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) m.get("cite")) {
                String[] lines = String.valueOf(c.get("lines")).split("-");
                cites.add(new AssessmentStore.CitationJson((String) c.get("source"), Integer.parseInt(lines[0]),
                        Integer.parseInt(lines[lines.length - 1]), (String) c.get("quote")));
            }
            save(new InitiativeStore.Initiative(0, (String) m.get("code"), (String) m.get("city"), null, (String) m.get("kind"),
                    title.get("pl"), title.get("en"), (String) m.get("description"), (String) m.get("owner"),
                    (String) m.get("dimension"), (String) m.get("component"), (String) m.get("status"), null, null,
                    (String) m.get("outcome"), (String) m.get("outcome_reason"), null, cites, new TreeMap<Integer, BigDecimal>(),
                    List.of(), List.of(), Map.of()), user);
            n++;
        }
        return n;
    }
}
