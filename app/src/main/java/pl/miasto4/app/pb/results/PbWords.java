package pl.miasto4.app.pb.results;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.miasto4.app.web.Formats;
import pl.miasto4.pb.rules.Why;

import java.util.List;
import java.util.Locale;

/**
 * Words the counting engine's reasons and tie notices ({@link Why}) in the reader's language: message
 * {@code pb.why.<code>}, money to the grosz with the language's separators, counts through ICU plural
 * forms. Used by the results page as {@code @pbWords}.
 */
@Component("pbWords")
public class PbWords {
    private final MessageSource messages;
    private final Formats fmt;

    public PbWords(MessageSource messages, Formats fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    /** The reason in {@code locale}; the engine's English text if the application has no words for its code. */
    public String word(Why why, Locale locale) {
        if (why == null) {
            return "";
        }
        Object[] args = why.args().stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage("pb.why." + why.code(), args, why.english(), locale);
    }

    public List<String> words(List<Why> whys, Locale locale) {
        return whys.stream().map(w -> word(w, locale)).toList();
    }

    private Object argument(Object a, Locale locale) {
        if (a instanceof Why.Amount m) {
            return fmt.money(m.value(), locale);
        }
        if (a instanceof java.math.BigDecimal d) {
            return fmt.number(d, 4, locale);
        }
        return a;
    }
}
