package pl.miasto4.app.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A questionnaire as data: its questions in order, each with its kind and, for Likert, single- and
 * multiple-choice questions, the codebook of answers it accepts; texts in Polish and English.
 */
public record Questionnaire(long id, String code, String titlePl, String titleEn, String descriptionPl,
                            String descriptionEn, boolean template, List<Question> questions) {

    public enum Kind { LIKERT, SINGLE, MULTIPLE, NUMBER, OPEN }

    /** One answer the codebook allows. */
    public record Option(String code, String labelPl, String labelEn) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelPl;
        }
    }

    public record Question(String code, Kind kind, String textPl, String textEn, BigDecimal min, BigDecimal max,
                           boolean required, List<Option> options) {
        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? textEn : textPl;
        }

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        /** The highest point of a Likert scale (its options are 1 … k). */
        public int points() {
            return options.size();
        }
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titlePl;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionPl;
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}
