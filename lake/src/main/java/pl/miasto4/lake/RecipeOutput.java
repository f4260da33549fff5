package pl.miasto4.lake;

/**
 * One value computed by a recipe: unit, indicator, period, an optional breakdown (service, category;
 * null for the unit's total) and the lineage source (recipe name and version, input partitions).
 */
public record RecipeOutput(String unit, String indicator, String period, String breakdown, double value, long people,
                           String source) {}
