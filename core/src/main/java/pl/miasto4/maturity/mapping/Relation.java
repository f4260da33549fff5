package pl.miasto4.maturity.mapping;

/**
 * How a criterion of one model corresponds to a criterion of another, and how much its level
 * counts when viewed through the mapping: equivalent 1.0, broader or narrower 0.75, related 0.5.
 */
public enum Relation {
    EQUIVALENT("equivalent", 1.0), BROADER("broader", 0.75), NARROWER("narrower", 0.75), RELATED("related", 0.5);

    private final String code;
    private final double weight;

    Relation(String code, double weight) {
        this.code = code;
        this.weight = weight;
    }

    public String code() {
        return code;
    }

    public double weight() {
        return weight;
    }

    public Relation inverse() {
        return this == BROADER ? NARROWER : this == NARROWER ? BROADER : this;
    }

    public static java.util.Optional<Relation> byCode(String code) {
        for (Relation r : values()) {
            if (r.code.equals(code)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
