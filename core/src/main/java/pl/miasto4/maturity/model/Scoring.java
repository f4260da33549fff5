package pl.miasto4.maturity.model;

/**
 * How a criterion gets its level.
 * <ul>
 * <li>{@code JUDGEMENT}: respondents choose a level with evidence; indicators, if any, are shown
 * beside it as context.</li>
 * <li>{@code INDICATORS}: the level is computed from indicator values against the thresholds.</li>
 * <li>{@code BOTH}: respondents judge, and measured use caps the claim — the level is the lower of
 * the judged level and the indicator level when both exist. This is how the model rewards actual
 * use rather than declared deployments (report 002, lines 201–206, 6458–6461).</li>
 * </ul>
 */
public enum Scoring {
    JUDGEMENT, INDICATORS, BOTH
}
