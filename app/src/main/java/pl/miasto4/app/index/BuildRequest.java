package pl.miasto4.app.index;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What to build: the selection from the store, the recipe (YAML text or the id of a shipped one;
 * default {@code city-jrc}) and the uncertainty analysis (YAML text or a shipped id; by default
 * noisy weights and leaving one indicator out, with Sobol indices; {@code uncertaintyAnalysis:
 * false} for none). {@code name} and {@code description} are used when the build is saved.
 */
@Schema(description = "An index to build from the store")
public record BuildRequest(
        @Schema(description = "Name of the saved build") String name,
        @Schema(description = "What the build is for") String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) StoreSelection selection,
        @Schema(description = "Recipe as YAML (docs/index.md); or give recipeId") String recipe,
        @Schema(description = "Id of a shipped recipe, e.g. city-jrc, asem-coinr (GET /api/index/recipes)") String recipeId,
        @Schema(description = "Uncertainty specification as YAML; or give uncertaintyId; default: noisy weights and one indicator left out")
        String uncertainty,
        @Schema(description = "Id of a shipped uncertainty specification, e.g. asem-uncertainty") String uncertaintyId,
        @Schema(description = "false: no uncertainty analysis (default true)") Boolean uncertaintyAnalysis) {

    public boolean analysis() {
        return uncertaintyAnalysis == null || uncertaintyAnalysis;
    }
}
