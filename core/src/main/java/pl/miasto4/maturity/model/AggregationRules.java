package pl.miasto4.maturity.model;

/**
 * The model's aggregation rule for each step of the roll-up, and the coverage below which a
 * score is not reported (it is shown as "insufficient answers", never as zero).
 */
public record AggregationRules(Aggregation criterionToDimension, Aggregation criterionToComponent,
                               Aggregation dimensionToOverall, double minCoverage) {
}
