package pl.miasto4.index;

/**
 * One element of a framework: an indicator (level 1) or an aggregate (pillar, sub-index,
 * index; level 2 and up). Mirrors a row of COINr's iMeta with Type Indicator or Aggregate.
 *
 * @param direction   +1 if more is better, -1 if less is better (indicators only)
 * @param weight      weight within its parent
 * @param parent      code of the parent aggregate, or null at the top
 * @param denominator code of the denominator column, or null
 * @param target      target value (for distance-to-target normalisation), NaN if none
 */
public record Node(String code, String name, int level, int direction, double weight, String parent,
                   String denominator, double target, String unit) {
    public boolean isIndicator() {
        return level == 1;
    }
}
