package pl.miasto4.app.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's messages ({@code messages.properties} Polish, {@code messages_en.properties}
 * English), formatted by ICU4J's MessageFormat instead of the JDK's, so a message can choose its
 * words by the CLDR plural rules of the reader's language: Polish has four forms
 * ({@code {0, plural, one {# wskaźnik} few {# wskaźniki} many {# wskaźników} other {# wskaźnika}}} gives
 * "1 wskaźnik", "34 wskaźniki", "5 wskaźników", "12 112 wskaźników", "1,5 wskaźnika"). Numbers in
 * arguments get the language's separators. Messages without arguments are returned as written.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public IcuMessageSource() {
        setBasename("messages");
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || args == null || args.length == 0 || locale == null) {
            return super.getMessageInternal(code, args, locale);
        }
        String pattern = resolveCodeWithoutArguments(code, locale);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        MessageFormat format = formats.computeIfAbsent(locale.toLanguageTag() + '\u0000' + pattern,
                k -> new MessageFormat(pattern, ULocale.forLocale(locale)));
        Object[] resolved = resolveArguments(args, locale);
        synchronized (format) {
            try {
                return format.format(resolved);
            } catch (IllegalArgumentException notANumber) {
                // a count passed as text to a plural or number argument
                return format.format(numbers(resolved));
            }
        }
    }

    private static Object[] numbers(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.matches("-?\\d+(\\.\\d+)?")) {
                out[i] = new java.math.BigDecimal(s);
            }
        }
        return out;
    }

    /** Formats one pattern (tests, and texts built outside the bundle). */
    public static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
    }
}
