package pl.miasto4.app.pb.results;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.miasto4.app.web.Formats;
import pl.miasto4.pb.rules.Why;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Words the counting engine's reasons ({@link Why}: a code and values) in the reader's language from
 * {@code pb.why.*}: money as "60 000,50 zł", counts with their plural forms. A rule that gives only an
 * English sentence keeps it (marked {@code lang="en"} on the page).
 */
@Component("pbWords")
public class PbWords {
    private final MessageSource messages;
    private final Formats formats;

    public PbWords(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String reason(Results.ProjectLine line, Locale locale) {
        Why why = line.why();
        if (why == null) {
            return line.reason();
        }
        Object[] args = why.args().stream().map(a -> a instanceof BigDecimal d ? formats.money(d, locale) : a).toArray();
        return messages.getMessage("pb.why." + why.code(), args, line.reason(), locale);
    }
}
