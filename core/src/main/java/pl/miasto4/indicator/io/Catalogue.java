package pl.miasto4.indicator.io;

import java.math.BigDecimal;
import java.util.Optional;

/** What a file reader needs to know about the store: which units and indicators exist. */
public interface Catalogue {

    /** The canonical code of the unit a file names by its code, an alias code or its exact name. */
    Optional<String> resolveUnit(String codeOrName);

    Optional<IndicatorRule> indicator(String code);

    /** The limits an indicator's values must respect. */
    record IndicatorRule(String code, BigDecimal min, BigDecimal max) {
    }
}
