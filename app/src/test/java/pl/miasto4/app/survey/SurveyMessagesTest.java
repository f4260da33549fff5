package pl.miasto4.app.survey;

import org.junit.jupiter.api.Test;
import pl.miasto4.survey.Problem;
import pl.miasto4.survey.SurveyException;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal of the survey engine has a sentence in Polish and in English, with its numbers in the language's format. */
class SurveyMessagesTest {
    @Test
    void everyProblemIsWordedInPolishAndEnglish() {
        SurveyMessages pl = new SurveyMessages(Locale.forLanguageTag("pl"));
        SurveyMessages en = new SurveyMessages(Locale.ENGLISH);
        for (Problem p : Problem.values()) {
            SurveyException e = new SurveyException(p, "A", "B", "C", "D");
            String polish = pl.text(e);
            String english = en.text(e);
            assertThat(polish).as(p.name()).isNotBlank().isNotEqualTo(english).doesNotContain("{");
            assertThat(english).as(p.name()).isNotBlank().doesNotContain("{");
        }
    }

    @Test
    void numbersAreWrittenAsEachLanguageWritesThem() {
        SurveyException e = new SurveyException(Problem.MARGIN_TOTALS_DIFFER, "wiek", 650000.0, "płeć", 650000.5);
        assertThat(new SurveyMessages(Locale.forLanguageTag("pl")).text(e))
                .isEqualTo("Rozkłady opisują różne populacje: „wiek” sumuje się do 650\u00a0000, a „płeć” do 650\u00a0000,5.");
        assertThat(new SurveyMessages(Locale.ENGLISH).text(e))
                .isEqualTo("The margins describe different populations: \"wiek\" adds up to 650,000 and \"płeć\" to 650,000.5.");
        SurveyException row = new SurveyException(Problem.MISSING_VALUE, 12345L, "waga");
        assertThat(new SurveyMessages(Locale.forLanguageTag("pl")).text(row)).startsWith("Wiersz 12345, kolumna „waga”");
    }
}
