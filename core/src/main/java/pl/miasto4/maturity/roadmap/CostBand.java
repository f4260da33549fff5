package pl.miasto4.maturity.roadmap;

/**
 * Rough cost of an action: low (< 0.5 mln zł, mostly organisational), medium (0.5–5 mln zł),
 * high (> 5 mln zł or a multi-year investment). {@code units} is the relative cost used to rank
 * actions by impact per cost.
 */
public enum CostBand {
    LOW("low", 1), MEDIUM("medium", 2), HIGH("high", 4);

    private final String code;
    private final int units;

    CostBand(String code, int units) {
        this.code = code;
        this.units = units;
    }

    public String code() {
        return code;
    }

    public int units() {
        return units;
    }

    public static java.util.Optional<CostBand> byCode(String code) {
        for (CostBand b : values()) {
            if (b.code.equals(code)) {
                return java.util.Optional.of(b);
            }
        }
        return java.util.Optional.empty();
    }
}
