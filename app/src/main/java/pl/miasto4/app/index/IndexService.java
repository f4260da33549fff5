package pl.miasto4.app.index;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.index.Coin;
import pl.miasto4.index.Framework;
import pl.miasto4.index.IndexBuilder;
import pl.miasto4.index.IndexInputException;
import pl.miasto4.index.Recipe;
import pl.miasto4.index.io.RecipeYaml;
import pl.miasto4.index.io.UncertaintySpecYaml;
import pl.miasto4.index.uncertainty.UncertaintyAnalysis;
import pl.miasto4.index.uncertainty.UncertaintyResult;
import pl.miasto4.index.uncertainty.UncertaintySpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds indices from the store and keeps them: reads a selection, runs the recipe and the
 * uncertainty analysis, saves the build (with an audit event) and gives a saved build back as a
 * run rebuilt from its stored inputs, checked against its stored results.
 */
@Service
public class IndexService {
    /** Most replications one analysis may run on the server (the CLI has no limit). */
    static final int MAX_RUNS = 50_000;

    private final StoreInputReader reader;
    private final IndexBuildRepository builds;
    private final RecipeLibrary library;
    private final AuditTrail audit;
    private final Map<Long, Saved> cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Saved> eldest) {
            return size() > 12;
        }
    });

    public IndexService(StoreInputReader reader, IndexBuildRepository builds, RecipeLibrary library, AuditTrail audit) {
        this.reader = reader;
        this.builds = builds;
        this.library = library;
        this.audit = audit;
    }

    /** A saved build rebuilt from its stored inputs, and whether the rebuild gives the stored results. */
    public record Saved(IndexBuildRepository.Saved meta, IndexRun run, double maxDifference, boolean reproduced) {
    }

    /** Runs a request without saving it. Bad selections throw {@link SelectionException}, bad recipes {@link IndexInputException}. */
    public IndexRun run(BuildRequest request) {
        if (request == null || request.selection() == null) {
            throw SelectionException.of("selection", null, "give the selection: a framework or catalogue indicators, units and a period");
        }
        String recipeYaml = recipeYaml(request.recipe(), request.recipeId());
        Recipe recipe = RecipeYaml.parse(recipeYaml, "recipe");
        StoreInput input = reader.read(request.selection());
        String specYaml = !request.analysis() ? null : specYaml(request.uncertainty(), request.uncertaintyId());
        return run(request.selection(), recipe, recipeYaml, input, specYaml, request.analysis());
    }

    String recipeYaml(String yaml, String id) {
        if (yaml != null && !yaml.isBlank() && id != null && !id.isBlank()) {
            throw IndexInputException.of("give either a recipe or a recipeId, not both");
        }
        if (yaml != null && !yaml.isBlank()) {
            return yaml;
        }
        if (id != null && !id.isBlank()) {
            return library.recipe(id).orElseThrow(() -> IndexInputException.of("no shipped recipe '" + id + "'; recipes are "
                    + library.recipes().stream().map(RecipeLibrary.Shipped::id).toList())).yaml();
        }
        return library.defaultRecipe().yaml();
    }

    private String specYaml(String yaml, String id) {
        if (yaml != null && !yaml.isBlank()) {
            return yaml;
        }
        if (id != null && !id.isBlank()) {
            return library.spec(id).orElseThrow(() -> IndexInputException.of("no shipped uncertainty specification '" + id
                    + "'; they are " + library.uncertaintySpecs().stream().map(RecipeLibrary.Shipped::id).toList())).yaml();
        }
        return null;
    }

    /**
     * The default analysis: every weight below the index varied by ±25 % (100 weight sets) and each
     * indicator left out in turn, 500 base samples with Sobol indices (Saltelli design: 2,000 runs).
     */
    static String defaultSpec(Framework f) {
        StringBuilder noise = new StringBuilder();
        for (int l = 1; l < f.maxLevel(); l++) {
            noise.append(noise.isEmpty() ? "" : ", ").append(l).append(": 0.25");
        }
        String top = f.level(f.maxLevel()).get(0).code();
        return """
                # Default analysis: noisy weights (COINr get_noisy_weights) and one indicator left out.
                target: %s
                replications: 500
                seed: 1
                sensitivity: true
                choices:
                  - name: Weights
                    noise: {%s}
                    sets: 100
                  - name: Exclusion
                    exclude: all
                """.formatted(top, noise);
    }

    /** Builds {@code recipe} on {@code input} and runs the analysis ({@code specYaml} null: the default one). */
    IndexRun run(StoreSelection selection, Recipe recipe, String recipeYaml, StoreInput input, String specYaml, boolean analysis) {
        Coin coin = input.coin();
        long t0 = System.nanoTime();
        Coin built = new IndexBuilder().build(coin, recipe);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        IndexRun partial = new IndexRun(selection, recipe, recipeYaml, input, built, null, null, null, buildMs, 0);
        if (!analysis) {
            return partial;
        }
        if (!partial.aggregated()) {
            return new IndexRun(selection, recipe, recipeYaml, input, built, null, null,
                    "the recipe does not aggregate up to " + partial.target() + ", so there are no ranks to analyse", buildMs, 0);
        }
        boolean given = specYaml != null;
        String spec = given ? specYaml : defaultSpec(input.framework());
        try {
            UncertaintySpec s = UncertaintySpecYaml.parse(spec, "uncertainty", recipe, input.framework().indicatorCodes());
            int runs = s.sensitivity() ? s.replications() * (s.choices().size() + 2) : s.replications();
            if (runs > MAX_RUNS || s.replications() < 1) {
                throw IndexInputException.of("the analysis would run " + runs + " replications; the server runs 1 to "
                        + MAX_RUNS + " (use 'miasto index uncertainty' for more)");
            }
            long t1 = System.nanoTime();
            UncertaintyResult r = new UncertaintyAnalysis(coin, recipe, s).run(Math.min(2, Runtime.getRuntime().availableProcessors()));
            double ms = (System.nanoTime() - t1) / 1e6;
            return new IndexRun(selection, recipe, recipeYaml, input, built, spec, r, null, buildMs, ms);
        } catch (IndexInputException e) {
            if (given) {
                throw e;
            }
            return new IndexRun(selection, recipe, recipeYaml, input, built, null, null, e.reason(), buildMs, 0);
        }
    }

    /** The same input built with another recipe (no uncertainty analysis): for comparisons and the editor. */
    public IndexRun variant(IndexRun base, Recipe other, String otherYaml) {
        return run(base.selection(), other, otherYaml, base.input(), null, false);
    }

    /** Runs and saves a request; returns the new build's id. */
    @Transactional
    public long save(BuildRequest request, String username) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw SelectionException.of("name", null, "a saved build needs a name");
        }
        IndexRun run = run(request);
        return save(run, request.name(), request.description(), username);
    }

    @Transactional
    public long save(IndexRun run, String name, String description, String username) {
        if (!run.aggregated()) {
            throw IndexInputException.of("the recipe must aggregate up to " + run.target() + " to be saved as an index");
        }
        long id = builds.insert(run, name, description, username);
        audit.record(username, "create", "index_build", Long.toString(id), null, AuditTrail.map("name", name,
                "units", run.input().units().size(), "indicators", run.input().framework().indicatorCodes().size(),
                "recipe", run.recipe().name(), "asOf", run.input().asOf().toString()));
        return id;
    }

    /** A saved build, rebuilt from its stored inputs (kept in a small cache: saved builds never change). */
    public Optional<Saved> saved(long id) {
        Saved s = cache.get(id);
        if (s != null) {
            return Optional.of(s);
        }
        Optional<IndexBuildRepository.Saved> meta = builds.find(id);
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        IndexBuildRepository.Saved m = meta.get();
        StoreInput input = builds.input(id, m.asOf());
        Recipe recipe = RecipeYaml.parse(m.recipe(), "recipe of build " + id);
        Coin built = new IndexBuilder().build(input.coin(), recipe);
        UncertaintyResult u = null;
        if (m.replications() != null) {
            u = new UncertaintyResult(null, builds.rankStats(id), m.replications(), m.failed(), m.failureReasons(),
                    builds.sensitivity(id), new double[0], 0, 0, (m.uncertaintyMs() == null ? 0 : m.uncertaintyMs()) / 1000);
        }
        IndexRun run = new IndexRun(m.selection(), recipe, m.recipe(), input, built, m.uncertainty(), u, m.uncertaintyError(),
                m.buildMs(), m.uncertaintyMs() == null ? 0 : m.uncertaintyMs());
        double diff = 0;
        boolean same = true;
        for (IndexBuildRepository.Score sc : builds.scores(id)) {
            double now = run.results().has(sc.code()) && run.results().units().contains(sc.unit())
                    ? run.results().value(sc.unit(), sc.code()) : Double.NaN;
            if (sc.score() == null) {
                same &= Double.isNaN(now);
            } else if (Double.isNaN(now)) {
                same = false;
            } else {
                diff = Math.max(diff, Math.abs(now - sc.score()));
            }
        }
        s = new Saved(m, run, diff, same && diff <= 1e-9);
        cache.put(id, s);
        return Optional.of(s);
    }

    public List<IndexBuildRepository.Saved> list() {
        return builds.list();
    }

    @Transactional
    public boolean delete(long id, String username) {
        Optional<IndexBuildRepository.Saved> m = builds.find(id);
        if (m.isEmpty()) {
            return false;
        }
        builds.delete(id);
        cache.remove(id);
        audit.record(username, "delete", "index_build", Long.toString(id), AuditTrail.map("name", m.get().name()), null);
        return true;
    }
}
