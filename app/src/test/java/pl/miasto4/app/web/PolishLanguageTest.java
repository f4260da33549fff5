package pl.miasto4.app.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polish plurals, collation and numbers as a Polish grammar and a Polish index give them (expected values
 * written from the language's rules, not from the code: 1 wskaźnik, 2–4 wskaźniki, 5–21 wskaźników,
 * 22–24 wskaźniki, fractions "wskaźnika"; Ł after L, Ó after O, Ś after S, Ź and Ż after Z).
 */
class PolishLanguageTest {
    static final Locale PL = Locale.forLanguageTag("pl");
    static final String NBSP = "\u00A0";

    @Test
    void pluralFormsOfTheBundle() {
        IcuMessageSource m = new IcuMessageSource();
        assertThat(m.getMessage("home.dimension.count", new Object[]{1, 1}, PL)).startsWith("1 wskaźnik w katalogu");
        assertThat(m.getMessage("home.dimension.count", new Object[]{34, 2}, PL)).startsWith("34 wskaźniki w katalogu");
        assertThat(m.getMessage("home.dimension.count", new Object[]{5, 2}, PL)).startsWith("5 wskaźników w katalogu");
        assertThat(m.getMessage("home.dimension.count", new Object[]{12, 2}, PL)).startsWith("12 wskaźników");
        assertThat(m.getMessage("home.dimension.count", new Object[]{22, 2}, PL)).startsWith("22 wskaźniki");
        assertThat(m.getMessage("pb.admin.registered", new Object[]{5}, PL)).isEqualTo("Zaimportowano rejestr: 5 osób.");
        assertThat(m.getMessage("pb.admin.registered", new Object[]{4}, PL)).isEqualTo("Zaimportowano rejestr: 4 osoby.");
        assertThat(m.getMessage("pb.admin.registered", new Object[]{12112}, PL))
                .isEqualTo("Zaimportowano rejestr: 12" + NBSP + "112 osób.");
        // a count passed as text still takes its plural form
        assertThat(m.getMessage("pb.ballot.too_short", new Object[]{"3", "1"}, PL)).isEqualTo("Wybierz co najmniej 3 projekty (wybrano 1).");
        assertThat(m.getMessage("target.dataage", new Object[]{2017, 9}, PL)).isEqualTo("dane z 2017 r. (sprzed 9 lat)");
        assertThat(m.getMessage("target.dataage", new Object[]{2025, 1}, PL)).isEqualTo("dane z 2025 r. (sprzed roku)");
        assertThat(m.getMessage("target.dataage", new Object[]{2017, 9}, Locale.ENGLISH)).isEqualTo("data from 2017 (9 years old)");
    }

    @Test
    void citiesInPolishAlphabeticalOrder() {
        List<String> sorted = PolishOrder.sort(List.of("Żory", "Łódź", "Lublin", "Zielona Góra", "Świnoujście", "Szczecin",
                "Słupsk", "Łomża", "Sopot", "Ostrołęka", "Opole", "Elbląg", "Ełk"), s -> s);
        assertThat(sorted).containsExactly("Elbląg", "Ełk", "Lublin", "Łomża", "Łódź", "Opole", "Ostrołęka", "Słupsk", "Sopot",
                "Szczecin", "Świnoujście", "Zielona Góra", "Żory");
    }

    @Test
    void moneyKeepsItsGrosze() {
        // 60 000,50 zł is not 60 001 zł
        Formats f = new Formats();
        assertThat(f.money(new java.math.BigDecimal("60000.50"), PL)).isEqualTo("60" + NBSP + "000,50" + NBSP + "zł");
        assertThat(f.money(new java.math.BigDecimal("7600000.00"), PL)).isEqualTo("7" + NBSP + "600" + NBSP + "000" + NBSP + "zł");
        assertThat(f.amount(new java.math.BigDecimal("2100000"), Locale.ENGLISH)).isEqualTo("2,100,000");
    }
}
