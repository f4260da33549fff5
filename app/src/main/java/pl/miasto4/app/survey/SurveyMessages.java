package pl.miasto4.app.survey;

import pl.miasto4.survey.SurveyException;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A {@link SurveyException} in the reader's language: {@code survey.problem.<code>} from the
 * message bundles (Polish by default, English), numbers in the language's format, row numbers
 * as they are. Works without Spring, for the CLI.
 */
public final class SurveyMessages {
    private final Locale locale;
    private final ResourceBundle bundle;

    public SurveyMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String text(SurveyException e) {
        Object[] args = e.arguments().stream().map(this::argument).toArray();
        return format("survey.problem." + e.problem().name().toLowerCase(Locale.ROOT), args);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A problem of an answers import, line numbers as they are. */
    public String answers(AnswersImport.Problem p) {
        Object[] args = java.util.Arrays.stream(p.args()).map(a -> a instanceof Long || a instanceof Integer ? a.toString() : a).toArray();
        return format(p.key(), args);
    }

    /** One published estimate as a line: unit, value ± margin, interval, SE, n, and the unreliable flag. */
    public String published(SurveyPublisher.Published p) {
        double scale = p.scale();
        String line = format("survey.publish.row", p.unit(), decimal(p.value()), decimal(p.estimate().ciLow() * scale),
                decimal(p.estimate().ciHigh() * scale), decimal(p.estimate().se() * scale), p.estimate().n(),
                decimal(100 * p.relativeSe()));
        return p.unreliable() ? line + " " + format("survey.publish.unreliable") : line;
    }

    private String decimal(double x) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        int digits = Math.abs(x) >= 100 ? 1 : 2;
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return Double.isFinite(x) ? f.format(x) : "—";
    }

    /** Doubles in the language's notation (1 072; 0,85; 1e-9 stays short); whole numbers such as rows unchanged. */
    private Object argument(Object a) {
        if (a instanceof Double d) {
            double x = d;
            if (x == Math.rint(x) && Math.abs(x) < 1e15) {
                NumberFormat f = NumberFormat.getIntegerInstance(locale);
                return f.format(x);
            }
            if (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e15) {
                NumberFormat f = NumberFormat.getNumberInstance(locale);
                f.setMaximumFractionDigits(6);
                return f.format(x);
            }
            return String.format(locale, "%.3g", x);
        }
        return String.valueOf(a);
    }
}
