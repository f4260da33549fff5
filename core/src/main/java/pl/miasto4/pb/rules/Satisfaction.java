package pl.miasto4.pb.rules;

/**
 * How much a funded project is worth to a supporter, as Equal Shares measures it (Peters, Pierczyński,
 * Skowron 2021). {@code COST}: the project's cost times the supporter's weight, the default of
 * equalshares.net and of the Polish cities that used the method (a voter values a project by the money
 * spent on it). {@code CARDINALITY}: the weight alone (one per approved project).
 */
public enum Satisfaction {
    COST, CARDINALITY
}
