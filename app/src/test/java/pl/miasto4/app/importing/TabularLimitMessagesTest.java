package pl.miasto4.app.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import pl.miasto4.tabular.DecimalMark;
import pl.miasto4.tabular.NumberParser;
import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The refusals of the file limits (issue 11) are worded in Polish and English through the
 * application's messages, with the numbers as each language writes them, from the key and arguments
 * the reader gives.
 */
class TabularLimitMessagesTest {
    @TempDir
    Path dir;

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void aLineTooLongInPolishAndEnglish() throws Exception {
        Path file = dir.resolve("a.csv");
        Files.writeString(file, "a;b\n1;" + "9".repeat(1_100_000) + "\n");
        TabularException e = catchThrowableOfType(TabularException.class, () -> {
            try (RowSource rows = TabularReader.open(file, "a.csv")) {
                while (rows.next() != null) {
                    // read to the end
                }
            }
        });
        ResourceBundleMessageSource m = messages();
        assertThat(m.getMessage(e.key(), e.args().toArray(), Locale.forLanguageTag("pl")))
                .isEqualTo("Wiersz 2: dłuższy niż limit (zn.: 1\u00a0048\u00a0576) — czy to na pewno tabela?");
        assertThat(m.getMessage(e.key(), e.args().toArray(), Locale.ENGLISH))
                .isEqualTo("Line 2: longer than the limit of 1,048,576 characters; is it a table?");
    }

    @Test
    void numbersOutOfRangeInPolishAndEnglish() {
        NumberParser.Parsed p = NumberParser.parse("1e400", DecimalMark.DOT);
        ResourceBundleMessageSource m = messages();
        assertThat(m.getMessage(p.errorKey(), p.errorArgs().toArray(), Locale.forLanguageTag("pl")))
                .isEqualTo("„1e400” jest poza zakresem: przyjmujemy liczby od 10^-100 do 10^100.");
        NumberParser.Parsed digits = NumberParser.parse("1".repeat(1234), DecimalMark.DOT);
        assertThat(m.getMessage(digits.errorKey(), digits.errorArgs().toArray(), Locale.forLanguageTag("pl")))
                .isEqualTo("Liczba ma za dużo cyfr (1\u00a0234); przyjmujemy najwyżej 40.");
        assertThat(m.getMessage(digits.errorKey(), digits.errorArgs().toArray(), Locale.ENGLISH))
                .isEqualTo("A number of 1,234 digits; at most 40 are accepted.");
    }
}
