package pl.miasto4.maturity.mapping;

/**
 * How a criterion of one model corresponds to a criterion of another, and how much its level
 * counts when viewed through the mapping: equivalent 1.0, broader or narrower 0.75, related 0.5.
 */
public enum Relation {
    EQUIVALENT(1.0), BROADER(0.75), NARROWER(0.75), RELATED(0.5);

    private final double weight;

    Relation(double weight) {
        this.weight = weight;
    }

    public String code() {
        return pl.miasto4.maturity.document.Codes.of(this);
    }

    public double weight() {
        return weight;
    }

    public Relation inverse() {
        return this == BROADER ? NARROWER : this == NARROWER ? BROADER : this;
    }
}
