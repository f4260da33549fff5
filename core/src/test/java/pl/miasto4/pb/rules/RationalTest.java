package pl.miasto4.pb.rules;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RationalTest {
    @Test
    void arithmeticIsExactAndReduced() {
        Rational third = Rational.of(1, 3);
        assertThat(third.add(third).add(third)).isEqualTo(Rational.ONE);
        assertThat(Rational.of(6, -4).toString()).isEqualTo("-3/2");
        assertThat(Rational.of(7, 15).multiply(Rational.of(15, 7))).isEqualTo(Rational.ONE);
        assertThat(Rational.of(1, 2).subtract(Rational.of(1, 3))).isEqualTo(Rational.of(1, 6));
    }

    @Test
    void overflowMovesToBigIntegersWithoutChangingResults() {
        long big = Long.MAX_VALUE / 3;
        Rational a = Rational.of(big, 7);
        Rational sum = a.add(a).add(a).add(a);
        assertThat(sum.numerator()).isEqualTo(BigInteger.valueOf(big).multiply(BigInteger.valueOf(4)));
        assertThat(sum.subtract(a).subtract(a).subtract(a)).isEqualTo(a);
        Rational tiny = Rational.of(1, Long.MAX_VALUE).multiply(Rational.of(1, Long.MAX_VALUE));
        assertThat(tiny.signum()).isEqualTo(1);
        assertThat(tiny.compareTo(Rational.ZERO)).isPositive();
        assertThat(tiny.compareTo(Rational.of(1, Long.MAX_VALUE))).isNegative();
    }

    @Test
    void comparisonOfLongFractionsUses128BitProducts() {
        // a/b vs c/d whose cross products overflow a long
        Rational x = Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2);
        Rational y = Rational.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 3);
        // (n-1)/(n-2) < (n-2)/(n-3) for large n
        assertThat(x.compareTo(y)).isNegative();
        assertThat(y.compareTo(x)).isPositive();
        assertThat(Rational.of(5, 2).compareTo(2)).isPositive();
        assertThat(Rational.of(-5, 2).compareTo(-2)).isNegative();
    }
}
