package pl.miasto4.app.index;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import pl.miasto4.app.web.ApiProblem;
import pl.miasto4.index.Dataset;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.RecipeYaml;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Composite indices from the store over HTTP (docs/index.md, "HTTP API"). Reading and running
 * without saving are public; saving and deleting need a login. Names follow the request's
 * language ({@code ?lang=en}).
 */
@RestController
@RequestMapping("/api/index")
@Tag(name = "Composite indices", description = "Build indices from the store by the OECD/JRC method (COINr-compatible), save and compare them")
public class IndexApi {
    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private final IndexService service;
    private final IndexViews views;
    private final IndexAudits audits;
    private final StoreInputReader reader;
    private final RecipeLibrary library;

    public IndexApi(IndexService service, IndexViews views, IndexAudits audits, StoreInputReader reader, RecipeLibrary library) {
        this.service = service;
        this.views = views;
        this.audits = audits;
        this.reader = reader;
        this.library = library;
    }

    // ---- errors: a refused selection names its fields, a refused recipe its line and column ----

    @ExceptionHandler(SelectionException.class)
    ResponseEntity<ProblemDetail> selection(SelectionException e) {
        return problem(new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-selection", "Invalid selection",
                e.problems().size() + " problem(s): " + String.join("; ", e.problems().stream().map(SelectionException.Problem::toString).toList()),
                Map.of("problems", e.problems().stream().map(p -> Map.of("field", p.field(),
                        "value", p.value() == null ? "" : p.value(), "reason", p.reason())).toList())));
    }

    @ExceptionHandler(IndexInputException.class)
    ResponseEntity<ProblemDetail> recipe(IndexInputException e) {
        return problem(new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-recipe", "Invalid recipe or analysis",
                e.getMessage(), Map.of("source", e.file(), "line", e.line(), "column", e.column(), "reason", e.reason())));
    }

    /** The problem document of a refused selection or recipe (RFC 7807 with extension members), for the API description. */
    @Schema(description = "RFC 7807 problem details of a refused selection (problems) or recipe (source, line, column, reason)")
    record IndexRefusal(String type, String title, int status, String detail, String instance,
                   @Schema(description = "Selection: each problem with its field, value and reason") List<SelectionProblem> problems,
                   @Schema(description = "Recipe or analysis: where the problem is") String source, Integer line, Integer column,
                   String reason) {
    }

    record SelectionProblem(String field, String value, String reason) {
    }

    private static ResponseEntity<ProblemDetail> problem(ApiProblem p) {
        return ResponseEntity.status(p.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p.getBody());
    }

    // ---- what can be built ------------------------------------------------------------------------

    @GetMapping(value = "/frameworks", produces = JSON)
    @Operation(summary = "Index frameworks imported in COINr iMeta layout", description = "Import one with 'miasto import iData.csv --meta iMeta.csv'.")
    public List<StoreInputReader.FrameworkSummary> frameworks() {
        return reader.frameworks();
    }

    @GetMapping(value = "/recipes", produces = JSON)
    @Operation(summary = "Shipped recipes", description = "Recipes for indices from the store (forStore) and the engine's ASEM examples; use their id as recipeId.")
    public List<RecipeLibrary.Shipped> recipes() {
        return library.recipes();
    }

    @GetMapping(value = "/uncertainty-specifications", produces = JSON)
    @Operation(summary = "Shipped uncertainty specifications", description = "Use their id as uncertaintyId.")
    public List<RecipeLibrary.Shipped> specifications() {
        return library.uncertaintySpecs();
    }

    @GetMapping(value = "/availability", produces = JSON)
    @Operation(summary = "Catalogue indicators with data for chosen units and a period rule",
            description = "For each indicator with at least one value: how many of the units have a value and from which periods.")
    public List<StoreInputReader.IndicatorAvailability> availability(
            @Parameter(description = "unit codes") @RequestParam(name = "unit", required = false) List<String> units,
            @Parameter(description = "e.g. city_county") @RequestParam(required = false) String unitKind,
            @RequestParam String period, @RequestParam(required = false) String periodMode,
            @RequestParam(required = false) String from) {
        return reader.availability(new StoreSelection(null, null, null, units, unitKind, period, periodMode, from, null));
    }

    // ---- running ------------------------------------------------------------------------------------

    @PostMapping(value = "/runs", produces = JSON)
    @Operation(summary = "Build an index from the store without saving it (no login needed)",
            description = "Reads the selection, runs the recipe and the uncertainty analysis; returns coverage, scores and ranks "
                    + "at every level and rank intervals. 422 with the field (selection) or line and column (recipe) when refused.")
    @ApiResponse(responseCode = "200", description = "Built")
    @ApiResponse(responseCode = "422", description = "Selection or recipe refused",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = IndexRefusal.class)))
    public IndexViews.RunView run(@RequestBody BuildRequest request, Locale locale) {
        return views.run(service.run(request), locale);
    }

    /** Two recipes on one selection, or on a saved build's inputs. */
    @Schema(description = "Compare two recipes: on a saved build's inputs (buildId) or on a selection; A defaults to the build's recipe")
    public record CompareRequest(Long buildId, StoreSelection selection, String recipeA, String recipeAId, String recipeB,
                                 String recipeBId) {
    }

    @PostMapping(value = "/compare", produces = JSON)
    @Operation(summary = "Rank shifts between two recipes (no login needed)",
            description = "Builds the same inputs with recipe A and recipe B and returns each unit's index rank under both. "
                    + "With buildId, the saved build's inputs (and, unless given, its recipe as A). compare.csv gives the same as CSV.")
    public IndexViews.ComparisonView compare(@RequestBody CompareRequest request, Locale locale) {
        return comparison(request, locale);
    }

    @PostMapping(value = "/compare.csv", produces = "text/csv")
    @Operation(summary = "Rank shifts between two recipes as CSV")
    public void compareCsv(@RequestBody CompareRequest request, Locale locale, HttpServletResponse response) throws IOException {
        IndexViews.ComparisonView v = comparison(request, locale);
        IndexCsv.shifts(v, csv(response, "RankShifts.csv"));
    }

    private IndexViews.ComparisonView comparison(CompareRequest r, Locale locale) {
        IndexRun base;
        if (r.buildId() != null) {
            base = saved(r.buildId()).run();
            if (hasText(r.recipeA()) || hasText(r.recipeAId())) {
                String yaml = service.recipeYaml(r.recipeA(), r.recipeAId());
                base = service.variant(base, RecipeYaml.parse(yaml, "recipe A"), yaml);
            }
        } else {
            if (r.selection() == null) {
                throw SelectionException.of("selection", null, "give a buildId or a selection");
            }
            base = service.run(new BuildRequest(null, null, r.selection(), r.recipeA(), r.recipeAId(), null, null, false));
        }
        if (!hasText(r.recipeB()) && !hasText(r.recipeBId())) {
            throw IndexInputException.of("give recipe B (recipeB as YAML, or recipeBId)");
        }
        String yamlB = service.recipeYaml(r.recipeB(), r.recipeBId());
        Recipe b = RecipeYaml.parse(yamlB, "recipe B");
        return views.compare(base, service.variant(base, b, yamlB), locale);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    // ---- saved builds ------------------------------------------------------------------------------------

    @GetMapping(value = "/builds", produces = JSON)
    @Operation(summary = "Saved builds, newest first")
    public List<IndexViews.BuildSummary> builds() {
        return service.list().stream().map(views::summary).toList();
    }

    @PostMapping(value = "/builds", produces = JSON)
    @Operation(summary = "Build and save an index (login required)",
            description = "As /runs, then keeps the selection, the recipe, every input value with its period, and the results; "
                    + "answers 201 with the build and its address. The change is recorded in the audit trail.")
    @ApiResponse(responseCode = "201", description = "Saved")
    @ApiResponse(responseCode = "422", description = "Selection or recipe refused",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = IndexRefusal.class)))
    public ResponseEntity<IndexViews.BuildView> save(@RequestBody BuildRequest request, Principal principal, Locale locale) {
        long id = service.save(request, principal.getName());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(views.build(saved(id), locale));
    }

    @GetMapping(value = "/builds/{id}", produces = JSON)
    @Operation(summary = "A saved build: selection, recipe, framework, coverage, and whether a rebuild reproduces it")
    public IndexViews.BuildView build(@PathVariable long id, Locale locale) {
        return views.build(saved(id), locale);
    }

    @DeleteMapping("/builds/{id}")
    @Operation(summary = "Delete a saved build (login required)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public ResponseEntity<Void> delete(@PathVariable long id, Principal principal) {
        if (!service.delete(id, principal.getName())) {
            throw ApiProblem.notFound("index build", Long.toString(id));
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/builds/{id}/results", produces = JSON)
    @Operation(summary = "Scores and ranks at every level", description = "Units in the order of the index; results.csv for the same as CSV.")
    public IndexViews.ResultsView results(@PathVariable long id, Locale locale) {
        return views.results(saved(id).run(), locale);
    }

    @GetMapping(value = "/builds/{id}/results.csv", produces = "text/csv")
    @Operation(summary = "Scores and ranks at every level as CSV (uCode, uName, then code and code_Rank per column)")
    public void resultsCsv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        IndexCsv.results(views.results(saved(id).run(), locale), csv(response, "Results-" + id + ".csv"));
    }

    @GetMapping(value = "/builds/{id}/units/{unit}", produces = JSON)
    @Operation(summary = "A unit's profile", description = "Every indicator and aggregate with its score, rank, the mean of the unit's "
            + "peers (the units with the most similar pillar scores) and the median of all; input values with their periods.")
    public IndexViews.ProfileView profile(@PathVariable long id, @PathVariable String unit, Locale locale) {
        IndexViews.ProfileView p = views.profile(saved(id).run(), unit, locale);
        if (p == null) {
            throw ApiProblem.notFound("unit in build " + id, unit);
        }
        return p;
    }

    @GetMapping(value = "/builds/{id}/audit", produces = JSON)
    @Operation(summary = "Statistical audit", description = "Correlations with the parent (negative ones flagged), correlation matrices, "
            + "Cronbach's alpha and PCA per aggregate, data availability per indicator and unit, what each step did.")
    public IndexViews.AuditView audit(@PathVariable long id, Locale locale) {
        return audits.audit(saved(id).run(), locale);
    }

    @GetMapping(value = "/builds/{id}/uncertainty", produces = JSON)
    @Operation(summary = "Uncertainty and sensitivity analysis", description = "Nominal, mean and median rank, 5–95 % rank interval per unit, "
            + "failed replications with reasons, Sobol indices (first-order and total); uncertainty.csv for the rank statistics as CSV.")
    public IndexViews.UncertaintyView uncertainty(@PathVariable long id, Locale locale) {
        IndexService.Saved s = saved(id);
        if (s.run().uncertainty() == null) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "no-uncertainty-analysis", "No uncertainty analysis",
                    "Build " + id + " has no uncertainty analysis" + (s.run().uncertaintyError() == null ? "."
                            : ": " + s.run().uncertaintyError()));
        }
        return views.uncertainty(s.run(), locale);
    }

    @GetMapping(value = "/builds/{id}/uncertainty.csv", produces = "text/csv")
    @Operation(summary = "Rank statistics as CSV")
    public void uncertaintyCsv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        IndexViews.UncertaintyView v = uncertainty(id, locale);
        IndexCsv.rankStats(v, csv(response, "RankStats-" + id + ".csv"));
    }

    @GetMapping(value = "/builds/{id}/inputs.csv", produces = "text/csv")
    @Operation(summary = "The input values as read from the store, with their periods and flags (CSV, long format)")
    public void inputs(@PathVariable long id, HttpServletResponse response) throws IOException {
        IndexCsv.inputs(saved(id).run().input(), csv(response, "inputs-" + id + ".csv"));
    }

    @GetMapping(value = "/builds/{id}/datasets/{name}.csv", produces = "text/csv")
    @Operation(summary = "One data set of the build as CSV (COINr get_dset layout)", description = "Raw, Denominated, Imputed, Treated, Normalised, Aggregated… as the recipe wrote them.")
    public void dataset(@PathVariable long id, @PathVariable String name, HttpServletResponse response) throws IOException {
        IndexRun run = saved(id).run();
        Dataset d = run.coin().datasets().get(name);
        if (d == null) {
            throw ApiProblem.notFound("data set in build " + id + " (it has " + run.coin().datasets().keySet() + ")", name);
        }
        IndexCsv.dataset(d, csv(response, name + "-" + id + ".csv"));
    }

    @PostMapping(value = "/builds/{id}/compare", produces = JSON)
    @Operation(summary = "Rank shifts if the saved build's recipe were another (no login needed)")
    public IndexViews.ComparisonView compareWith(@PathVariable long id, @RequestBody CompareRequest request, Locale locale) {
        return comparison(new CompareRequest(id, null, request.recipeA(), request.recipeAId(), request.recipeB(), request.recipeBId()), locale);
    }

    IndexService.Saved saved(long id) {
        return service.saved(id).orElseThrow(() -> ApiProblem.notFound("index build", Long.toString(id)));
    }

    private static Writer csv(HttpServletResponse response, String file) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    }
}
