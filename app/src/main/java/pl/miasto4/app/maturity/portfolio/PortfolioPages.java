package pl.miasto4.app.maturity.portfolio;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.ModelStore;
import pl.miasto4.app.maturity.assessment.RejectedInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.miasto4.app.unit.TerritorialUnit;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.maturity.model.MaturityModel;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The register of initiatives and pilots and the portfolio of a city: what runs, who owns it, what
 * it costs per year, how it ended and why; proposals scored with the city's AHP weights.
 * Editing (login required) is a plain form: budgets, milestones and KPIs one per line.
 */
@Controller
public class PortfolioPages {
    static final String DEFAULT_CITY = "1261011";

    private final InitiativeStore store;
    private final InitiativeService service;
    private final PortfolioService portfolio;
    private final UnitRepository units;
    private final ModelStore models;

    public PortfolioPages(InitiativeStore store, InitiativeService service, PortfolioService portfolio, UnitRepository units,
                          ModelStore models) {
        this.store = store;
        this.service = service;
        this.portfolio = portfolio;
        this.units = units;
        this.models = models;
    }

    @GetMapping("/maturity/portfolio")
    public String portfolio(@RequestParam(defaultValue = DEFAULT_CITY) String unit,
                            @RequestParam(defaultValue = "weighted_sum") String method, Model model) {
        TerritorialUnit city = units.find(unit).orElseThrow(() -> new AssessmentService.NotFound("territorial unit", unit));
        PortfolioService.Method m = "topsis".equals(method) ? PortfolioService.Method.TOPSIS : PortfolioService.Method.WEIGHTED_SUM;
        List<InitiativeStore.Initiative> all = store.list(unit);
        model.addAttribute("city", city);
        model.addAttribute("cities", units.findByKind("city_county"));
        model.addAttribute("withInitiatives", store.list(null).stream().map(InitiativeStore.Initiative::unitCode).distinct().toList());
        model.addAttribute("initiatives", all);
        model.addAttribute("years", all.stream().flatMap(i -> i.budget().keySet().stream()).distinct().sorted().toList());
        model.addAttribute("scoring", portfolio.score(unit, m));
        model.addAttribute("method", m.name().toLowerCase());
        model.addAttribute("criteria", PortfolioService.CRITERIA);
        model.addAttribute("lessons", store.list(null).stream().filter(i -> i.outcome() != null).toList());
        double[][] matrix = portfolio.matrix(unit);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < matrix.length; i++) {
            for (int j = i + 1; j < matrix.length; j++) {
                pairs.add(new Pair(i, j, PortfolioService.CRITERIA.get(i), PortfolioService.CRITERIA.get(j), saaty(matrix[i][j])));
            }
        }
        model.addAttribute("pairs", pairs);
        model.addAttribute("scale", SCALE);
        return "maturity/portfolio";
    }

    /** One pairwise comparison of the AHP form: how much more criterion a counts than b. */
    public record Pair(int i, int j, String a, String b, String value) {
    }

    /** Saaty's scale as the form offers it. */
    static final List<String> SCALE = List.of("1/9", "1/7", "1/5", "1/3", "1", "3", "5", "7", "9");

    static String saaty(double v) {
        String best = "1";
        double bestDiff = Double.MAX_VALUE;
        for (String s : SCALE) {
            double x = s.startsWith("1/") ? 1 / Double.parseDouble(s.substring(2)) : Double.parseDouble(s);
            if (Math.abs(Math.log(x) - Math.log(v)) < bestDiff) {
                bestDiff = Math.abs(Math.log(x) - Math.log(v));
                best = s;
            }
        }
        return best;
    }

    @GetMapping("/maturity/portfolio/edit")
    public String edit(@RequestParam(required = false) String code, @RequestParam(defaultValue = DEFAULT_CITY) String unit,
                       Model model) {
        InitiativeStore.Initiative i = code == null ? null : store.find(code).orElseThrow(() -> new AssessmentService.NotFound("initiative", code));
        model.addAttribute("i", i);
        model.addAttribute("unit", i == null ? unit : i.unitCode());
        model.addAttribute("form", i == null ? Form.empty(unit) : Form.of(i));
        return editView(model);
    }

    private String editView(Model model) {
        model.addAttribute("cities", units.findByKind("city_county"));
        model.addAttribute("statuses", InitiativeService.STATUSES);
        model.addAttribute("dimensions", models.latestModel("miasto40").map(MaturityModel::dimensions).orElse(List.of()));
        model.addAttribute("criteria", PortfolioService.CRITERIA);
        return "maturity/initiative-edit";
    }

    /** The edit form's fields as text, so that a refused form comes back as typed. */
    public record Form(String code, String unit, String kind, String titlePl, String titleEn, String description, String owner,
                       String dimension, String component, String status, String started, String ended, String outcome,
                       String outcomeReason, String budget, String milestones, String kpis, Map<String, String> ratings) {
        static Form empty(String unit) {
            return new Form("", unit, "initiative", "", "", "", "", "", "", "proposed", "", "", "", "", "", "", "", Map.of());
        }

        static Form of(InitiativeStore.Initiative i) {
            StringBuilder budget = new StringBuilder();
            i.budget().forEach((y, a) -> budget.append(y).append(" = ").append(a.toPlainString()).append('\n'));
            StringBuilder ms = new StringBuilder();
            i.milestones().forEach(m -> ms.append(m.due()).append(" | ").append(m.title()).append(m.done() ? " | done" : "").append('\n'));
            StringBuilder kpis = new StringBuilder();
            i.kpis().forEach(k -> kpis.append(k.indicatorCode()).append(k.target() == null ? "" : " = " + k.target().toPlainString()).append('\n'));
            Map<String, String> ratings = new LinkedHashMap<>();
            i.ratings().forEach((c, r) -> ratings.put(c, r % 1 == 0 ? Integer.toString(r.intValue()) : r.toString()));
            return new Form(i.code(), i.unitCode(), i.kind(), i.titlePl(), nz(i.titleEn()), nz(i.description()), nz(i.owner()),
                    nz(i.dimension()), nz(i.component()), i.status(), nz(i.started()), nz(i.ended()), nz(i.outcome()),
                    nz(i.outcomeReason()), budget.toString(), ms.toString(), kpis.toString(), ratings);
        }
    }

    @PostMapping("/maturity/portfolio/edit")
    public String save(@RequestParam Map<String, String> p, Principal principal, Model model, RedirectAttributes redirect) {
        Form form = new Form(p.getOrDefault("code", "").strip(), p.get("unit"), p.get("kind"), p.get("titlePl"), p.get("titleEn"),
                p.get("description"), p.get("owner"), p.get("dimension"), p.get("component"), p.get("status"), p.get("started"),
                p.get("ended"), p.get("outcome"), p.get("outcomeReason"), p.getOrDefault("budget", ""),
                p.getOrDefault("milestones", ""), p.getOrDefault("kpis", ""), ratings(p));
        RejectedInput.Collector problems = new RejectedInput.Collector();
        Map<Integer, BigDecimal> budget = new TreeMap<>();
        lines(form.budget()).forEach((n, line) -> {
            String[] kv = line.split("=", 2);
            try {
                budget.put(Integer.parseInt(kv[0].strip()), new BigDecimal(kv[1].strip().replace(" ", "").replace('\u00A0', ' ')
                        .replace(" ", "").replace(',', '.')));
            } catch (RuntimeException e) {
                problems.add("budget", line, "line " + n + ": write YEAR = AMOUNT, e.g. 2026 = 1500000");
            }
        });
        List<InitiativeStore.Milestone> milestones = new ArrayList<>();
        lines(form.milestones()).forEach((n, line) -> {
            String[] parts = line.split("\\|");
            if (parts.length < 2) {
                problems.add("milestones", line, "line " + n + ": write DUE | TITLE [| done], e.g. 2026-06 | pilot started");
            } else {
                milestones.add(new InitiativeStore.Milestone(parts[0].strip(), parts[1].strip(),
                        parts.length > 2 && parts[2].strip().equalsIgnoreCase("done")));
            }
        });
        List<InitiativeStore.Kpi> kpis = new ArrayList<>();
        lines(form.kpis()).forEach((n, line) -> {
            String[] kv = line.split("=", 2);
            try {
                kpis.add(new InitiativeStore.Kpi(kv[0].strip(), null, null, null,
                        kv.length > 1 ? new BigDecimal(kv[1].strip().replace(',', '.')) : null, null, null));
            } catch (NumberFormatException e) {
                problems.add("kpis", line, "line " + n + ": write INDICATOR_CODE [= TARGET]");
            }
        });
        Map<String, Double> ratings = new LinkedHashMap<>();
        form.ratings().forEach((c, v) -> {
            try {
                ratings.put(c, Double.parseDouble(v.replace(',', '.')));
            } catch (NumberFormatException e) {
                problems.add("ratings." + c, v, "a rating is 1-5");
            }
        });
        try {
            problems.throwIfAny();
            InitiativeStore.Initiative existing = store.find(form.code()).orElse(null);
            InitiativeStore.Initiative saved = service.save(new InitiativeStore.Initiative(0, form.code(), form.unit(), null,
                    form.kind(), form.titlePl(), blank(form.titleEn()), blank(form.description()), blank(form.owner()),
                    blank(form.dimension()), blank(form.component()), form.status(), blank(form.started()), blank(form.ended()),
                    blank(form.outcome()), blank(form.outcomeReason()), existing == null ? null : existing.actionId(),
                    existing == null ? List.of() : existing.citations(), budget, milestones, kpis, ratings), principal.getName());
            redirect.addFlashAttribute("saved", saved.code());
            return "redirect:/maturity/portfolio?unit=" + saved.unitCode() + "#i-" + saved.code();
        } catch (RejectedInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", form);
            model.addAttribute("i", store.find(form.code()).orElse(null));
            model.addAttribute("unit", form.unit());
            return editView(model);
        }
    }

    @PostMapping("/maturity/portfolio/comparisons")
    public String compare(@RequestParam String unit, @RequestParam Map<String, String> p, Principal principal,
                          RedirectAttributes redirect) {
        int n = PortfolioService.CRITERIA.size();
        double[][] upper = PortfolioService.equal(n);
        try {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    String v = p.getOrDefault("c_" + i + "_" + j, "1").strip();
                    upper[i][j] = v.contains("/") ? 1 / Double.parseDouble(v.substring(v.indexOf('/') + 1)) : Double.parseDouble(v);
                }
            }
            portfolio.saveComparisons(unit, upper, principal.getName());
            redirect.addFlashAttribute("saved", "weights");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", "Saaty's scale: 1/9 … 9");
        } catch (RejectedInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/maturity/portfolio?unit=" + unit + "#weights";
    }

    private static Map<String, String> ratings(Map<String, String> p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : PortfolioService.CRITERIA) {
            String v = p.getOrDefault("rating." + c, "").strip();
            if (!v.isEmpty()) {
                out.put(c, v);
            }
        }
        return out;
    }

    private static Map<Integer, String> lines(String text) {
        Map<Integer, String> out = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.put(i + 1, lines[i].strip());
            }
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
