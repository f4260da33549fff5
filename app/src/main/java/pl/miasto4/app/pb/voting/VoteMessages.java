package pl.miasto4.app.pb.voting;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.miasto4.pb.BallotRules;

import java.util.Locale;

/**
 * Why a ballot was refused, in the reader's language: {@code pb.refused.CODE} and
 * {@code pb.ballot.CODE} in the message bundles. The API answers in English.
 */
@Component
public class VoteMessages {
    private final MessageSource messages;

    public VoteMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Voting.Refused r, Locale locale) {
        return messages.getMessage("pb.refused." + r.code(), r.values().toArray(), r.code(), locale);
    }

    public String text(BallotRules.Problem p, Locale locale) {
        return messages.getMessage("pb.ballot." + p.code(), p.values().toArray(),
                p.code(), locale);
    }

    public String title(String code) {
        return messages.getMessage("pb.refused.title." + code, null, "Ballot refused", Locale.ENGLISH);
    }
}
