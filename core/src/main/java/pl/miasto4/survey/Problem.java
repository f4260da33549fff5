package pl.miasto4.survey;

/**
 * Why the survey engine refused its input. Each code names its arguments, in order; the app words
 * them in Polish and English ({@code survey.problem.<code>} in the message bundles). Rows are the
 * lines a person finds in the file (the header is line 1).
 */
public enum Problem {
    /** The file cannot be read as a table. Args: reason (from the tabular reader). */
    FILE_UNREADABLE,
    /** The file has a header but no rows. Args: none. */
    NO_ROWS,
    /** Args: column, the columns the file has (comma-separated). */
    NO_SUCH_COLUMN,
    /** The header names a column twice. Args: column. */
    DUPLICATE_COLUMN,
    /** Args: row, column, value. */
    NOT_A_NUMBER,
    /** No respondent gave the level asked for (a typo, most often). Args: column, level, the levels given. */
    NO_SUCH_LEVEL,
    /** A design or weighting column is empty where a value is required. Args: row, column. */
    MISSING_VALUE,
    /** Args: row, column, value. */
    WEIGHT_NOT_POSITIVE,
    /** The design has a single primary sampling unit, so no variance can be estimated. Args: none. */
    ONE_PSU,
    /** A stratum holds one primary sampling unit and is not sampled completely. Args: stratum. */
    STRATUM_ONE_PSU,
    /** Some fpc values are population sizes (≥ 1) and others fractions (< 1). Args: row of a size, row of a fraction. */
    FPC_MIXED,
    /** The fpc differs within a stratum. Args: stratum, row. */
    FPC_VARIES,
    /** The fpc says the stratum has fewer units than were sampled. Args: stratum, population, sample. */
    FPC_BELOW_SAMPLE,
    /** An option's value cannot be read. Args: option, value, expected form. */
    BAD_ARGUMENT,
    /** A margin names a level twice. Args: margin, level. */
    MARGIN_DUPLICATE_LEVEL,
    /** A population count is negative or not finite. Args: margin, level, count. */
    MARGIN_BAD_COUNT,
    /** Two margins (or a margin and the population) describe populations of different sizes. Args: margin, total, other margin, its total. */
    MARGIN_TOTALS_DIFFER,
    /** Respondents have a level the margin does not list. Args: margin, level, row of the first such respondent. */
    MARGIN_LEVEL_MISSING,
    /** The margin counts people in a level no respondent has: the cell is empty. Args: margin, level. */
    MARGIN_EMPTY_CELL,
    /** The margin gives a level no people although respondents have it. Args: margin, level, row. */
    MARGIN_ZERO_POPULATION,
    /** Raking stopped before the margins were met. Args: iterations, largest change in the last iteration, tolerance. */
    RAKING_NOT_CONVERGED,
    /** Calibration found no weights meeting the totals within the bounds. Args: iterations, largest relative misfit. */
    CALIBRATION_NOT_CONVERGED,
    /** Linear calibration gave weights ≤ 0. Args: how many, the smallest. */
    CALIBRATION_NEGATIVE_WEIGHTS,
    /** Calibration to known totals needs at least one margin to fix the population size. Args: none. */
    CALIBRATION_NEEDS_MARGIN,
    /** A replicate lost every respondent of a weighting cell. Args: replicate, margin, level. */
    REPLICATE_EMPTY_CELL,
    /** JK1 replicates need a design without strata (use JKn or the bootstrap). Args: none. */
    JK1_WITH_STRATA,
    /** Trimming left no weight inside the bounds to take the excess. Args: lower, upper. */
    TRIM_IMPOSSIBLE,
    /** Trimming redistributed weight until a weight fell to zero or below. Args: lower, upper. */
    TRIM_NEGATIVE
}
