package pl.miasto4.maturity.model;

import java.util.List;

/**
 * A dimension of the model: one of the areas of a city's functioning (IESE Cities in Motion for
 * the Miasto 4.0 model), or a group of cross-cutting criteria that every area depends on.
 */
public record Dimension(String id, Text name, Text description, boolean crossCutting, double weight,
                        List<Criterion> criteria, List<Citation> citations) {
    public Dimension {
        criteria = List.copyOf(criteria);
        citations = List.copyOf(citations);
    }
}
