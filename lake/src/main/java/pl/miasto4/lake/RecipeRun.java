package pl.miasto4.lake;

import java.util.List;

/** A recipe's published outputs (small cells removed), how many were suppressed, and its input partitions. */
public record RecipeRun(Recipe recipe, List<RecipeOutput> outputs, int suppressed, List<String> partitions, String lineage,
                        long millis) {}
