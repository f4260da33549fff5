package pl.miasto4.tabular;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NumberParser#parse} (with its fast path for plain and grouped numbers) answers exactly as
 * its general code alone ({@link NumberParser#parseGeneral}): the same value with the same scale,
 * the same "no data", the same reason for refusing, for every decimal mark, on hundreds of thousands
 * of random texts made of digits, signs, both marks, every group separator, exponents, percent signs,
 * white space, letters, non-ASCII digits and GUS's no-data marks.
 */
@Tag("sweep")
public class NumberParserEquivalenceTest {

    private static final String[] PIECES = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "00", "123", "999",
            ",", ".", " ", "\u00A0", "\u202F", "\u2009", "'", "-", "+", "\u2212", "%", "E", "e", "E+", "e-", "#", "x",
            "a", "\t", "\u0663", "\uFF15", "–", "NA", "b.d.", "..", ":", "/"};

    /** A random text for a number cell: well-formed numbers of every kind and odd mixtures. */
    public static String randomNumberText(Random rnd) {
        int kind = rnd.nextInt(10);
        StringBuilder sb = new StringBuilder();
        if (kind < 4) {
            // well-formed numbers, grouped or not, with some decoration
            if (rnd.nextInt(4) == 0) {
                sb.append("-+\u2212".charAt(rnd.nextInt(3)));
            }
            int groups = rnd.nextInt(5);
            String sep = List.of(" ", "\u00A0", ".", ",", "'", "\u202F", "\u2009", "").get(rnd.nextInt(8));
            sb.append(1 + rnd.nextInt(rnd.nextBoolean() ? 9 : 999));
            for (int g = 0; g < groups; g++) {
                sb.append(sep).append(String.format("%03d", rnd.nextInt(1000)));
            }
            if (rnd.nextBoolean()) {
                sb.append(rnd.nextBoolean() ? ',' : '.');
                int digits = rnd.nextInt(8);
                for (int d = 0; d < digits; d++) {
                    sb.append((char) ('0' + rnd.nextInt(10)));
                }
            }
            if (rnd.nextInt(8) == 0) {
                sb.append(rnd.nextBoolean() ? "%" : " %");
            }
            if (rnd.nextInt(10) == 0) {
                sb.insert(0, ' ');
            }
            if (rnd.nextInt(10) == 0) {
                sb.append(' ');
            }
        } else if (kind < 6) {
            // plain digit runs of every length around the fast path's 18 digits
            if (rnd.nextBoolean()) {
                sb.append('-');
            }
            int n = 1 + rnd.nextInt(24);
            for (int d = 0; d < n; d++) {
                sb.append((char) ('0' + rnd.nextInt(10)));
            }
            if (rnd.nextBoolean()) {
                sb.insert(rnd.nextInt(sb.length() + 1), rnd.nextBoolean() ? ',' : '.');
            }
        } else {
            int n = rnd.nextInt(7);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
        }
        return sb.toString();
    }

    @Test
    void parsesEveryTextAsTheGeneralCode() {
        Random rnd = new Random(31337);
        DecimalMark[] marks = {DecimalMark.DOT, DecimalMark.COMMA, null};
        int numbers = 0;
        int fast = 0;
        for (int i = 0; i < 200_000; i++) {
            String text = randomNumberText(rnd);
            for (DecimalMark mark : marks) {
                NumberParser.Parsed expected = NumberParser.parseGeneral(text, mark);
                NumberParser.Parsed actual = NumberParser.parse(text, mark);
                assertThat(actual.value()).as("'%s' %s", text, mark).isEqualTo(expected.value()); // equals: scale too
                assertThat(actual.noData()).as("'%s' %s", text, mark).isEqualTo(expected.noData());
                assertThat(actual.error()).as("'%s' %s", text, mark).isEqualTo(expected.error());
                if (actual.ok()) {
                    numbers++;
                }
                if (NumberParser.parseFast(text, mark) != null) {
                    fast++;
                }
            }
        }
        assertThat(numbers).as("a good share of the texts are numbers").isGreaterThan(150_000);
        assertThat(fast).as("the fast path answers most of them (231,000 of 315,000)").isGreaterThan(200_000);
        assertThat(NumberParser.parse(null, DecimalMark.DOT)).isEqualTo(new NumberParser.Parsed(null, true, null));
    }

    @Test
    void handPickedTextsParseAsTheGeneralCode() {
        String[] texts = {"12345.67", "-0", "-0.00", "+5", "007.50", "5.", ".5", "-.5", ".", "-", "+", "1 234", "1 234,5",
                "12 3456", "1 23", " 123", "123 ", "1  234", "1 234 ", "1 234 %", "5%", "5 %", "%", "5%%", "-%", "1,234",
                "1.234", "1,234.5", "1.234,5", "999999999999999999", "9999999999999999999", "-999999999999999999.9",
                "123456789012345678,123456789", "0,001", "1'234.5", "\u2212" + "12,5", "1\u00A0234\u00A0567,25",
                "1\u202F234", "1\u2009234", "1.5E3", "1e5", "#DIV/0!", "\uFF15", "\u0663.5", "1.2.3", "1,2,3", "  ", ""};
        for (String t : texts) {
            for (DecimalMark mark : new DecimalMark[]{DecimalMark.DOT, DecimalMark.COMMA, null}) {
                NumberParser.Parsed e = NumberParser.parseGeneral(t, mark);
                NumberParser.Parsed a = NumberParser.parse(t, mark);
                assertThat(new Object[]{a.value(), a.noData(), a.error()}).as("'%s' %s", t, mark)
                        .containsExactly(e.value(), e.noData(), e.error());
            }
        }
    }
}
