package pl.miasto4.pb.rules;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Limbs' in-place arithmetic against BigInteger on random values, at an offset in a shared array. */
class LimbsTest {
    private static final int W = 8;

    private static BigInteger random(Random r, int maxBits) {
        return new BigInteger(1 + r.nextInt(maxBits), r);
    }

    @Test
    void roundTripsCompareAndZero() {
        Random r = new Random(1);
        int[] a = new int[3 * W];
        for (int i = 0; i < 2000; i++) {
            BigInteger x = random(r, 32 * W);
            BigInteger y = r.nextInt(10) == 0 ? x : random(r, 32 * W);
            Limbs.set(a, W, W, x);
            Limbs.set(a, 2 * W, W, y);
            assertThat(Limbs.toBigInteger(a, W, W)).isEqualTo(x);
            assertThat(Integer.signum(Limbs.compare(a, W, a, 2 * W, W))).isEqualTo(x.compareTo(y));
            assertThat(Limbs.isZero(a, W, W)).isEqualTo(x.signum() == 0);
        }
        assertThatThrownBy(() -> Limbs.set(a, 0, W, BigInteger.ONE.shiftLeft(32 * W)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void multipliesByIntAndLong() {
        Random r = new Random(2);
        int[] a = new int[2 * W];
        for (int i = 0; i < 2000; i++) {
            long m = i % 2 == 0 ? 1 + r.nextInt(Integer.MAX_VALUE) : 1 + (r.nextLong() >>> 2);
            BigInteger x = random(r, 32 * W - 64);
            Limbs.set(a, W, W, x);
            Limbs.multiply(a, W, W, m);
            assertThat(Limbs.toBigInteger(a, W, W)).isEqualTo(x.multiply(BigInteger.valueOf(m)));
        }
    }

    @Test
    void subtractsAMultipleAndReportsANegativeResult() {
        Random r = new Random(3);
        int[] a = new int[4 * W];
        for (int i = 0; i < 4000; i++) {
            BigInteger x = random(r, 32 * W - 1);
            BigInteger y = random(r, 32 * W - 1 - (i % 3 == 0 ? 0 : 33));
            long k = i % 5 == 0 ? 0xFFFFFFFFL : r.nextInt(5000);
            Limbs.set(a, W, W, x);
            Limbs.set(a, 2 * W, W, y);
            boolean negative = Limbs.subtractMultiple(a, 3 * W, a, W, a, 2 * W, W, k);
            BigInteger expected = x.subtract(y.multiply(BigInteger.valueOf(k)));
            assertThat(negative).isEqualTo(expected.signum() < 0);
            if (!negative) {
                assertThat(Limbs.toBigInteger(a, 3 * W, W)).isEqualTo(expected);
            }
            // in place
            Limbs.subtractMultiple(a, W, a, W, a, 2 * W, W, 1);
            if (x.compareTo(y) >= 0) {
                assertThat(Limbs.toBigInteger(a, W, W)).isEqualTo(x.subtract(y));
            }
        }
    }

    @Test
    void dividesRoundingUp() {
        Random r = new Random(4);
        int[] a = new int[W];
        int[] q = new int[W];
        for (int i = 0; i < 2000; i++) {
            BigInteger x = random(r, 32 * W);
            long d = i % 4 == 0 ? Integer.MAX_VALUE : 1 + r.nextInt(100_000);
            Limbs.set(a, 0, W, x);
            Limbs.divideRoundingUp(a, q, W, d);
            BigInteger[] qr = x.divideAndRemainder(BigInteger.valueOf(d));
            BigInteger ceil = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
            assertThat(Limbs.toBigInteger(q, 0, W)).isEqualTo(ceil);
        }
    }
}
