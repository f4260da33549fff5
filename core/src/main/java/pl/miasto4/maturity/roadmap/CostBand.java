package pl.miasto4.maturity.roadmap;

/**
 * Rough cost of an action: low (< 0.5 mln zł, mostly organisational), medium (0.5–5 mln zł),
 * high (> 5 mln zł or a multi-year investment). {@code units} is the relative cost used to rank
 * actions by impact per cost.
 */
public enum CostBand {
    LOW(1), MEDIUM(2), HIGH(4);

    private final int units;

    CostBand(int units) {
        this.units = units;
    }

    public int units() {
        return units;
    }
}
