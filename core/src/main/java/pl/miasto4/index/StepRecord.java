package pl.miasto4.index;

import java.util.List;
import java.util.Map;

/**
 * What one step of a build did: the step as the recipe gave it, the data set it wrote, and a
 * report of what changed (e.g. which values were imputed, which indicators were winsorised),
 * as rows of a small table so it can be written to CSV and shown on a page.
 */
public record StepRecord(Recipe.Step step, String wrote, List<String> reportHeader, List<List<String>> reportRows,
                         Map<String, String> notes) {
    public StepRecord {
        reportHeader = List.copyOf(reportHeader);
        reportRows = List.copyOf(reportRows);
        notes = Map.copyOf(notes);
    }

    public static StepRecord plain(Recipe.Step step, String wrote) {
        return new StepRecord(step, wrote, List.of(), List.of(), Map.of());
    }
}
