package pl.miasto4.app.index;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import pl.miasto4.app.indicator.Indicator;
import pl.miasto4.app.indicator.IndicatorRepository;
import pl.miasto4.app.unit.UnitRepository;
import pl.miasto4.indicator.Dimension;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.RecipeYaml;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The index pages: saved builds, a new index from the store (with its data coverage before
 * saving), the ranking with rank intervals, a unit's profile, the audit, and the recipe editor
 * that shows rank shifts as soon as one step changes.
 */
@Controller
public class IndexPages {
    /** Denominator of the "per 1,000 residents" option of the form. */
    static final String POPULATION = "population_total";

    private final IndexService service;
    private final IndexViews views;
    private final IndexAudits audits;
    private final IndexCharts charts;
    private final IndexLabels labels;
    private final RecipeText recipeText;
    private final RecipeLibrary library;
    private final StoreInputReader reader;
    private final IndicatorRepository indicators;
    private final RecipeEditor editor;
    private final MessageSource messages;
    private final IndexBuildRepository builds;
    private final UnitRepository units;

    public IndexPages(IndexService service, IndexViews views, IndexAudits audits, IndexCharts charts, IndexLabels labels, RecipeText recipeText,
                      RecipeLibrary library, StoreInputReader reader, IndicatorRepository indicators, RecipeEditor editor,
                      MessageSource messages, IndexBuildRepository builds,
                      UnitRepository units) {
        this.service = service;
        this.views = views;
        this.audits = audits;
        this.charts = charts;
        this.labels = labels;
        this.recipeText = recipeText;
        this.library = library;
        this.reader = reader;
        this.indicators = indicators;
        this.editor = editor;
        this.messages = messages;
        this.builds = builds;
        this.units = units;
    }

    private String msg(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, key, l);
    }

    @GetMapping("/index")
    public String list(Model model) {
        model.addAttribute("builds", service.list().stream().map(views::summary).toList());
        List<StoreInputReader.FrameworkSummary> frameworks = reader.frameworks();
        model.addAttribute("frameworks", frameworks);
        Map<String, String> recipes = new HashMap<>();
        for (StoreInputReader.FrameworkSummary f : frameworks) {
            // a shipped recipe named after the framework (asem → asem-coinr), if there is one
            library.recipes().stream().filter(r -> r.id().startsWith(f.code() + "-")).findFirst()
                    .ifPresent(r -> recipes.put(f.code(), r.id()));
        }
        model.addAttribute("frameworkRecipes", recipes);
        return "index/list";
    }

    // ---- a new index -------------------------------------------------------------------------

    /**
     * The new-index form as submitted (GET for a preview, POST to save).
     *
     * @param indicator the chosen catalogue indicators; {@code perCapita} those to divide by the population
     */
    public record BuildForm(String framework, List<String> indicator, List<String> perCapita, String grouping,
                            String unitKind, String period, String periodMode, String from, String recipeId,
                            String recipeYaml, String name, String description, String preview) {
        public BuildForm {
            indicator = indicator == null ? List.of() : indicator;
            perCapita = perCapita == null ? List.of() : perCapita;
        }

        boolean fromFramework() {
            return framework != null && !framework.isBlank();
        }

        StoreSelection selection() {
            List<StoreSelection.IndicatorChoice> chosen = fromFramework() ? List.of() : indicator.stream()
                    .map(c -> new StoreSelection.IndicatorChoice(c, null, null, perCapita.contains(c) ? POPULATION : null)).toList();
            return new StoreSelection(fromFramework() ? framework : null, chosen, fromFramework() ? null : grouping,
                    null, unitKind, period, periodMode, from, null);
        }

        BuildRequest request() {
            boolean ownYaml = recipeYaml != null && !recipeYaml.isBlank();
            return new BuildRequest(name, description, selection(), ownYaml ? recipeYaml : null, ownYaml ? null : recipeId,
                    null, null, true);
        }

        /** The demo index as the form's starting point. */
        static BuildForm demo() {
            BuildRequest d = IndexDemo.definition();
            StoreSelection s = d.selection();
            return new BuildForm(null, s.indicators().stream().map(StoreSelection.IndicatorChoice::code).toList(),
                    s.indicators().stream().filter(c -> POPULATION.equals(c.denominator())).map(StoreSelection.IndicatorChoice::code).toList(),
                    s.grouping(), s.unitKind(), s.period(), s.periodMode(), s.from(), d.recipeId(), null, null, null, null);
        }
    }

    /** A catalogue indicator offered in the form, with how many of the units have a value. */
    public record Offer(Indicator indicator, int units, int of, String firstPeriod, String lastPeriod, boolean chosen,
                        boolean perCapita) {
        public boolean neutral() {
            return indicator.polarityEnum().direction() == 0;
        }
    }

    @GetMapping("/index/new")
    public String newIndex(@ModelAttribute BuildForm submitted, Model model, Locale locale) {
        boolean fresh = submitted.period() == null && submitted.indicator().isEmpty() && !submitted.fromFramework();
        BuildForm form = fresh ? BuildForm.demo() : submitted;
        if (form.fromFramework() && (form.period() == null || form.period().isBlank())) {
            // a framework's own period: the latest its indicators have in the store
            String latest = builds.latestPeriod(form.framework()).orElse(null);
            form = new BuildForm(form.framework(), form.indicator(), form.perCapita(), form.grouping(), form.unitKind(), latest,
                    form.periodMode(), form.from(), form.recipeId(), form.recipeYaml(), form.name(), form.description(), form.preview());
        }
        model.addAttribute("form", form);
        model.addAttribute("recipes", library.recipes());
        model.addAttribute("defaultRecipe", library.defaultRecipe().id());
        model.addAttribute("frameworks", reader.frameworks());
        model.addAttribute("kinds", units.kinds());
        if (!form.fromFramework()) {
            offers(form, model);
        }
        if (form.preview() != null) {
            try {
                IndexRun run = service.run(form.request());
                model.addAttribute("run", run);
                ranking(model, run, views.results(run, locale), views.uncertainty(run, locale), locale);
            } catch (SelectionException e) {
                model.addAttribute("problems", e.problems());
            } catch (IndexInputException e) {
                model.addAttribute("recipeError", e.getMessage());
            }
        }
        return "index/new";
    }

    /** The catalogue indicators with data for the form's units and period rule, by dimension. */
    private void offers(BuildForm form, Model model) {
        try {
            List<StoreInputReader.IndicatorAvailability> a = reader.availability(new StoreSelection(null, null, null, null,
                    form.unitKind(), form.period(), form.periodMode(), form.from(), null));
            Map<String, StoreInputReader.IndicatorAvailability> byCode = new HashMap<>();
            a.forEach(x -> byCode.put(x.indicator(), x));
            Map<String, List<Offer>> offers = new LinkedHashMap<>();
            for (Dimension d : Dimension.values()) {
                offers.put(d.code(), new ArrayList<>());
            }
            int withoutData = 0;
            for (Indicator i : indicators.findAll()) {
                StoreInputReader.IndicatorAvailability x = byCode.get(i.code());
                if (x == null) {
                    withoutData++;
                    continue;
                }
                offers.computeIfAbsent(i.dimension() == null ? StoreInputReader.UNCLASSIFIED : i.dimension(), k -> new ArrayList<>())
                        .add(new Offer(i, x.units(), x.of(), x.firstPeriod(), x.lastPeriod(), form.indicator().contains(i.code()),
                                form.perCapita().contains(i.code())));
            }
            offers.values().removeIf(List::isEmpty);
            model.addAttribute("offers", offers);
            model.addAttribute("withoutData", withoutData);
        } catch (SelectionException e) {
            model.addAttribute("formProblems", e.problems());
        }
    }

    @PostMapping("/index/builds")
    public String save(@ModelAttribute BuildForm form, Principal principal, Model model, Locale locale) {
        try {
            long id = service.save(form.request(), principal.getName());
            return "redirect:/index/builds/" + id;
        } catch (SelectionException | IndexInputException e) {
            // show the form again with the reasons
            return newIndex(new BuildForm(form.framework(), form.indicator(), form.perCapita(), form.grouping(), form.unitKind(),
                    form.period(), form.periodMode(), form.from(), form.recipeId(), form.recipeYaml(), form.name(),
                    form.description(), "1"), model, locale);
        }
    }

    // ---- a saved build ------------------------------------------------------------------------

    IndexService.Saved saved(long id) {
        return service.saved(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no index build " + id));
    }

    /** What the ranking table and the recipe text need, for a saved build or a preview. */
    private void ranking(Model model, IndexRun run, IndexViews.ResultsView results, IndexViews.UncertaintyView u, Locale locale) {
        IndexLabels.Names names = labels.names(run, locale);
        model.addAttribute("results", results);
        model.addAttribute("uncertainty", u);
        Map<String, IndexViews.RankStatsView> stats = new HashMap<>();
        Map<String, String> whiskers = new HashMap<>();
        if (u != null) {
            for (IndexViews.RankStatsView r : u.ranks()) {
                stats.put(r.unit(), r);
                whiskers.put(r.unit(), charts.whisker(r, results.units().size()));
            }
            model.addAttribute("sensitivityJson", u.sensitivity().isEmpty() ? null
                    : charts.sensitivity(u, msg("index.sensitivity.first", locale), msg("index.sensitivity.total", locale)));
        }
        model.addAttribute("stats", stats);
        model.addAttribute("whiskers", whiskers);
        model.addAttribute("pillars", results.columns().stream().filter(c -> c.level() == 2 && c.level() < run.coin().framework().maxLevel()).toList());
        model.addAttribute("recipeSentences", recipeText.describe(run.recipe(), run.input().framework(), names, locale));
        model.addAttribute("coverage", run.input().coverage());
        model.addAttribute("names", names);
        Map<String, Integer> presentByUnit = new HashMap<>();
        run.input().coverage().unitRows().forEach(r -> presentByUnit.put(r.unit(), r.present()));
        model.addAttribute("presentByUnit", presentByUnit);
    }

    @GetMapping("/index/builds/{id}")
    public String build(@PathVariable long id, Model model, Locale locale) {
        IndexService.Saved s = saved(id);
        model.addAttribute("build", views.build(s, locale));
        model.addAttribute("run", s.run());
        ranking(model, s.run(), views.results(s.run(), locale), views.uncertainty(s.run(), locale), locale);
        return "index/build";
    }

    @PostMapping("/index/builds/{id}/delete")
    public String delete(@PathVariable long id, Principal principal) {
        service.delete(id, principal.getName());
        return "redirect:/index";
    }

    @GetMapping("/index/builds/{id}/units/{unit}")
    public String unit(@PathVariable long id, @PathVariable String unit, Model model, Locale locale) {
        IndexService.Saved s = saved(id);
        IndexViews.ProfileView p = views.profile(s.run(), unit, locale);
        if (p == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unit " + unit + " is not in index build " + id);
        }
        IndexViews.ResultsView results = views.results(s.run(), locale);
        model.addAttribute("build", views.build(s, locale));
        model.addAttribute("profile", p);
        model.addAttribute("names", labels.names(s.run(), locale));
        model.addAttribute("radarJson", charts.radar(p, results, p.name(), msg("index.profile.peers", locale),
                msg("index.profile.median", locale)));
        model.addAttribute("barsJson", charts.versusPeers(p, msg("index.profile.versus", locale)));
        model.addAttribute("whisker", p.uncertainty() == null ? "" : charts.whisker(p.uncertainty(), results.units().size()));
        model.addAttribute("n", results.units().size());
        return "index/unit";
    }

    @GetMapping("/index/builds/{id}/audit")
    public String audit(@PathVariable long id, Model model, Locale locale) {
        IndexService.Saved s = saved(id);
        IndexViews.AuditView a = audits.audit(s.run(), locale);
        model.addAttribute("build", views.build(s, locale));
        model.addAttribute("audit", a);
        model.addAttribute("names", labels.names(s.run(), locale));
        model.addAttribute("heatmapJson", charts.heatmap(a.indicatorCorrelations()));
        model.addAttribute("aggregateHeatmapJson", charts.heatmap(a.aggregateCorrelations()));
        model.addAttribute("negatives", a.parentCorrelations().stream().filter(IndexViews.ParentCorrelation::negative).toList());
        return "index/audit";
    }

    // ---- the recipe editor ---------------------------------------------------------------------

    @GetMapping("/index/builds/{id}/editor")
    public String editor(@PathVariable long id, Model model, Locale locale) {
        IndexService.Saved s = saved(id);
        model.addAttribute("build", views.build(s, locale));
        model.addAttribute("names", labels.names(s.run(), locale));
        model.addAttribute("controls", editor.controls(s.run()));
        model.addAttribute("recipeSentences", recipeText.describe(s.run().recipe(), s.run().input().framework(),
                labels.names(s.run(), locale), locale));
        return "index/editor";
    }

    /** The rank shifts of the edited recipe (an htmx fragment; a whole page without htmx). */
    @GetMapping("/index/builds/{id}/editor/shifts")
    public String shifts(@PathVariable long id, @RequestParam Map<String, String> params, Model model, Locale locale,
                         jakarta.servlet.http.HttpServletRequest request) {
        IndexService.Saved s = saved(id);
        variant(s, params, model, locale);
        if (request.getHeader("HX-Request") != null) {
            model.addAttribute("build", views.build(s, locale));
            return "index/editor :: shifts";
        }
        String page = editor(id, model, locale);
        model.addAttribute("controls", editor.controls(s.run(), params));
        return page;
    }

    private void variant(IndexService.Saved s, Map<String, String> params, Model model, Locale locale) {
        IndexRun base = s.run();
        try {
            Recipe recipe = editor.variant(base, params);
            String yaml = RecipeYaml.write(recipe);
            IndexRun other = service.variant(base, recipe, yaml);
            IndexViews.ComparisonView c = views.compare(base, other, locale);
            model.addAttribute("comparison", c);
            model.addAttribute("variantYaml", yaml);
            model.addAttribute("variantSentences", recipeText.describe(recipe, base.input().framework(),
                    labels.names(base, locale), locale));
        } catch (IndexInputException e) {
            model.addAttribute("variantError", e.reason() + (e.line() > 0 ? " (" + msg("index.editor.line", locale, e.line(), e.column()) + ")" : ""));
        }
    }

    @PostMapping("/index/builds/{id}/editor")
    public String saveVariant(@PathVariable long id, @RequestParam Map<String, String> params, Principal principal,
                              Model model, Locale locale) {
        IndexService.Saved s = saved(id);
        try {
            Recipe recipe = editor.variant(s.run(), params);
            String yaml = RecipeYaml.write(recipe);
            IndexRun run = service.run(s.run().selection().withAsOf(s.run().input().asOf()), recipe, yaml, s.run().input(),
                    null, true);
            String name = params.getOrDefault("name", "").isBlank() ? s.meta().name() + " — " + recipe.name() : params.get("name");
            long newId = service.save(run, name, s.meta().description(), principal.getName());
            return "redirect:/index/builds/" + newId;
        } catch (IndexInputException e) {
            variant(s, params, model, locale);
            return editor(id, model, locale);
        }
    }
}
