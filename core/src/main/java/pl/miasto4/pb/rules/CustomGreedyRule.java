package pl.miasto4.pb.rules;

import pl.miasto4.pb.Instance;
import pl.miasto4.pb.Profile;

/**
 * {@code greedy-custom}: a city-specific greedy rule documented in the file's comment. The comment is
 * matched against the rules this engine knows (Poznań's 80% rule); any other comment is unsupported,
 * with the comment's first words as the reason.
 */
public final class CustomGreedyRule implements Rule {
    @Override
    public String name() {
        return "greedy-custom";
    }

    @Override
    public Outcome count(Instance instance, Profile profile) {
        String comment = instance.comment();
        if (PoznanRule.documentedBy(comment)) {
            return new PoznanRule().count(instance, profile);
        }
        if (comment.isBlank()) {
            return Outcome.unsupported(name(), "greedy-custom without a comment documenting the rule");
        }
        String c = comment.length() > 160 ? comment.substring(0, 160) + "…" : comment;
        return Outcome.unsupported(name(), "the comment does not document a countable rule: \"" + c + "\"");
    }
}
