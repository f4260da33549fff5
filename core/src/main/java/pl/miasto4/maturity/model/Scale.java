package pl.miasto4.maturity.model;

import java.util.Map;

/**
 * A named five-step ladder that criteria use: the generic maturity scale, the five levels of an
 * e-service (information → personalised) or the technology adoption ladder (none → integrated
 * and used in decisions). Each level has a label and may have a default descriptor that a
 * criterion can override.
 */
public record Scale(String id, Text name, Map<Integer, Text> labels, Map<Integer, Text> descriptors) {
    public Scale {
        labels = Map.copyOf(labels);
        descriptors = Map.copyOf(descriptors);
    }
}
