package pl.miasto4.maturity.model;

import java.util.List;
import java.util.Map;

/**
 * One thing a city is assessed on: its question, what each of the five levels looks like, the
 * evidence expected, the indicators that inform it, the Industry 4.0 technologies concerned and
 * the component of the transformation it strengthens.
 *
 * @param optional a criterion a city may declare not applicable with a reason (e.g. a technology
 *                 it deliberately does not use, like blockchain in Warsaw); such an answer is left
 *                 out of the denominator of coverage, so a city is not rewarded for counting
 *                 technologies nor punished for refusing the useless ones
 */
public record Criterion(String id, Text name, Text question, Component component, String scale,
                        Map<Integer, Text> levels, List<Text> evidence, List<IndicatorRule> indicators,
                        Aggregation indicatorCombination, Scoring scoring, List<String> technologies,
                        double weight, boolean optional, List<Citation> citations) {
    public Criterion {
        levels = Map.copyOf(levels);
        evidence = List.copyOf(evidence);
        indicators = List.copyOf(indicators);
        technologies = List.copyOf(technologies);
        citations = List.copyOf(citations);
    }
}
