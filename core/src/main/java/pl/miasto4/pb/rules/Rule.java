package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;

/**
 * A counting rule: a pure function from the projects and money ({@link Instance}) and the ballots
 * ({@link Profile}) to the funded projects, with the reasons. The official result is not an input.
 */
public interface Rule {
    /** The name used by pabulib's {@code rule} field and by {@code --rule}. */
    String name();

    Outcome count(Instance instance, Profile profile);
}
