package pl.miasto4.indicator.io.bdl;

import java.util.Map;

/**
 * A GUS file as read: its layout, what it says about itself, how it was read, and its variables
 * (label → unit of measure, in the order of the file) with the number of unit rows.
 */
public record BdlTable(BdlLayout layout, BdlMetadata metadata, String description, Map<String, String> variables,
                       long unitRows) {
}
