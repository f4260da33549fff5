package pl.miasto4.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The loop predicates accept exactly what Spring Security's default (regular-expression) predicates accept. */
class FirewallPredicatesTest {

    @Test
    void everySingleCodePointIsJudgedLikeSpring() {
        int disagreements = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = "a" + new String(Character.toChars(cp)) + "b";
            disagreements += differ(s) ? 1 : 0;
        }
        assertThat(disagreements).isZero();
    }

    @Test
    void randomStringsWithSurrogatesAndControlsAreJudgedLikeSpring() {
        Random random = new Random(4040);
        char[] interesting = {'\t', '\n', '\r', 0, 0x7f, 0x85, 0x9f, 0xa0, 'ą', 'Ł', 0xd800, 0xdbff, 0xdc00, 0xdfff,
                0xfffe, 0xffff, 0x0378, 0x2028, ' ', ':', '='};
        int rejectedBySpring = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(8);
            for (int k = 0; k < len; k++) {
                s.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : interesting[random.nextInt(interesting.length)]);
            }
            assertThat(differ(s.toString())).as("string %s", s.codePoints().boxed().toList()).isFalse();
            rejectedBySpring += StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(s.toString()) ? 0 : 1;
        }
        // the sample exercises both answers
        assertThat(rejectedBySpring).isBetween(10_000, 190_000);
    }

    private static boolean differ(String s) {
        return differ(StrictHttpFirewall.ALLOWED_HEADER_NAMES, FirewallPredicates::assignedNotControl, s)
                || differ(StrictHttpFirewall.ALLOWED_HEADER_VALUES, FirewallPredicates::assignedNotControlOrTab, s)
                || differ(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES, FirewallPredicates::assignedNotControl, s);
    }

    private static boolean differ(Predicate<String> spring, Predicate<String> ours, String s) {
        return spring.test(s) != ours.test(s);
    }
}
