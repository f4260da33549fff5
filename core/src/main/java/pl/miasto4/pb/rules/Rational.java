package pl.miasto4.pb.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact fraction, always in lowest terms with a positive denominator. Numbers that fit in a
 * {@code long} are computed with overflow-checked long arithmetic (comparisons use 128-bit products),
 * larger ones with {@link BigInteger}; results are identical either way, only the speed differs.
 * Money decisions in Equal Shares and Phragmén are made with this type, never with doubles.
 */
public final class Rational implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(0, 1);
    public static final Rational ONE = new Rational(1, 1);

    private final long num;
    private final long den;
    private final BigInteger bigNum; // null when num/den hold the value
    private final BigInteger bigDen;

    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Rational(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    public static Rational of(long n) {
        return n == 0 ? ZERO : new Rational(n, 1);
    }

    public static Rational of(long n, long d) {
        if (d == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (d < 0) {
            if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
                return big(BigInteger.valueOf(n), BigInteger.valueOf(d));
            }
            n = -n;
            d = -d;
        }
        long g = gcd(Math.abs(n), d);
        return new Rational(n / g, d / g);
    }

    public static Rational of(BigInteger n, BigInteger d) {
        return big(n, d);
    }

    private static Rational big(BigInteger n, BigInteger d) {
        if (d.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (!g.equals(BigInteger.ONE)) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (n.bitLength() < 63 && d.bitLength() < 63) {
            return new Rational(n.longValue(), d.longValue());
        }
        return new Rational(n, d);
    }

    private static long gcd(long a, long b) {
        if (a == 0) {
            return b == 0 ? 1 : b;
        }
        if (b == 0) {
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        do {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    private boolean isBig() {
        return bigNum != null;
    }

    public BigInteger numerator() {
        return isBig() ? bigNum : BigInteger.valueOf(num);
    }

    public BigInteger denominator() {
        return isBig() ? bigDen : BigInteger.valueOf(den);
    }

    public int signum() {
        return isBig() ? bigNum.signum() : Long.signum(num);
    }

    public Rational add(Rational o) {
        if (!isBig() && !o.isBig()) {
            try {
                if (den == o.den) {
                    return of(Math.addExact(num, o.num), den);
                }
                long n = Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
                return of(n, Math.multiplyExact(den, o.den));
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        return big(numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
                denominator().multiply(o.denominator()));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational negate() {
        if (!isBig() && num != Long.MIN_VALUE) {
            return new Rational(-num, den);
        }
        return big(numerator().negate(), denominator());
    }

    public Rational multiply(Rational o) {
        if (!isBig() && !o.isBig()) {
            try {
                // cross-reduce first to keep numbers small
                long g1 = gcd(Math.abs(num), o.den);
                long g2 = gcd(Math.abs(o.num), den);
                return new Rational(Math.multiplyExact(num / g1, o.num / g2), Math.multiplyExact(den / g2, o.den / g1));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return big(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
    }

    public Rational multiply(long k) {
        return multiply(of(k));
    }

    public Rational divide(Rational o) {
        if (o.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (!o.isBig()) {
            return multiply(of(o.den, o.num));
        }
        return multiply(big(o.bigDen, o.bigNum));
    }

    public Rational divide(long k) {
        return divide(of(k));
    }

    @Override
    public int compareTo(Rational o) {
        if (!isBig() && !o.isBig()) {
            if (den == o.den) {
                return Long.compare(num, o.num);
            }
            // compare num*o.den with o.num*den as exact 128-bit products
            long aHi = Math.multiplyHigh(num, o.den);
            long aLo = num * o.den;
            long bHi = Math.multiplyHigh(o.num, den);
            long bLo = o.num * den;
            if (aHi != bHi) {
                return Long.compare(aHi, bHi);
            }
            return Long.compareUnsigned(aLo, bLo);
        }
        return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
    }

    /** Compares this with the integer {@code k}. */
    public int compareTo(long k) {
        if (!isBig()) {
            long hi = Math.multiplyHigh(k, den);
            long lo = k * den;
            long nHi = num < 0 ? -1 : 0;
            if (nHi != hi) {
                return Long.compare(nHi, hi);
            }
            return Long.compareUnsigned(num, lo);
        }
        return bigNum.compareTo(BigInteger.valueOf(k).multiply(bigDen));
    }

    public Rational min(Rational o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public double doubleValue() {
        if (!isBig()) {
            return (double) num / den;
        }
        return new BigDecimal(bigNum).divide(new BigDecimal(bigDen), MathContext.DECIMAL64).doubleValue();
    }

    /** The value rounded to {@code places} decimals (half-up), for people. */
    public BigDecimal toDecimal(int places) {
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), places, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && compareTo(r) == 0;
    }

    @Override
    public int hashCode() {
        return numerator().hashCode() * 31 + denominator().hashCode();
    }

    @Override
    public String toString() {
        BigInteger d = denominator();
        return d.equals(BigInteger.ONE) ? numerator().toString() : numerator() + "/" + d;
    }
}
