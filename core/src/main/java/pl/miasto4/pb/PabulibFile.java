package pl.miasto4.pb;

import java.util.List;
import java.util.Optional;

/**
 * A parsed pabulib file: the instance and the ballots that the counting rules read, the official result
 * that only checks read, and the inconsistencies found while reading.
 */
public record PabulibFile(String source, Instance instance, Profile profile, Optional<OfficialResult> official,
                          List<Finding> warnings) {
}
