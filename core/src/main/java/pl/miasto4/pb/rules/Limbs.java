package pl.miasto4.pb.rules;

import java.math.BigInteger;

/**
 * Exact non-negative integers of a fixed number of 32-bit limbs (least significant first) at an offset in an
 * int array, changed in place: Equal Shares keeps every voter state's budget this way so that its inner
 * loops (rescaling all budgets to a new denominator, the sweep over the poor supporters, paying a share)
 * allocate nothing. The caller chooses a width large enough for every value it computes.
 */
final class Limbs {
    private static final long MASK = 0xFFFFFFFFL;

    private Limbs() {
    }

    /** Writes v (0 <= v < 2^(32 width)) at a[off]. */
    static void set(int[] a, int off, int width, BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 32 * width) {
            throw new ArithmeticException("does not fit in " + width + " limbs: " + v);
        }
        byte[] bytes = v.toByteArray(); // big-endian, with a sign bit
        int k = bytes.length;
        for (int i = 0; i < width; i++) {
            int x = 0;
            for (int j = 0; j < 4; j++) {
                int idx = k - 1 - (4 * i + j);
                if (idx >= 0) {
                    x |= (bytes[idx] & 0xFF) << (8 * j);
                }
            }
            a[off + i] = x;
        }
    }

    static BigInteger toBigInteger(int[] a, int off, int width) {
        byte[] bytes = new byte[4 * width + 1]; // a leading zero byte keeps it non-negative
        for (int i = 0; i < width; i++) {
            int x = a[off + i];
            int at = bytes.length - 4 * (i + 1);
            bytes[at] = (byte) (x >>> 24);
            bytes[at + 1] = (byte) (x >>> 16);
            bytes[at + 2] = (byte) (x >>> 8);
            bytes[at + 3] = (byte) x;
        }
        return new BigInteger(bytes);
    }

    static int compare(int[] a, int aOff, int[] b, int bOff, int width) {
        for (int i = width - 1; i >= 0; i--) {
            int x = a[aOff + i];
            int y = b[bOff + i];
            if (x != y) {
                return Integer.compareUnsigned(x, y);
            }
        }
        return 0;
    }

    static boolean isZero(int[] a, int off, int width) {
        for (int i = 0; i < width; i++) {
            if (a[off + i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** a *= m (m > 0), in place; the product must fit. */
    static void multiply(int[] a, int off, int width, long m) {
        if (m >>> 32 == 0) {
            long carry = 0;
            for (int i = 0; i < width; i++) {
                long p = (a[off + i] & MASK) * m + carry; // < 2^64 as an unsigned value
                a[off + i] = (int) p;
                carry = p >>> 32;
            }
            if (carry != 0) {
                throw new ArithmeticException("limb overflow");
            }
            return;
        }
        // m = hi * 2^32 + lo: a * lo + (a * hi) shifted by one limb
        int[] high = new int[width];
        System.arraycopy(a, off, high, 0, width);
        multiply(high, 0, width, m >>> 32);
        if (high[width - 1] != 0) {
            throw new ArithmeticException("limb overflow");
        }
        multiply(a, off, width, m & MASK);
        long carry = 0;
        for (int i = 1; i < width; i++) {
            long sum = (a[off + i] & MASK) + (high[i - 1] & MASK) + carry;
            a[off + i] = (int) sum;
            carry = sum >>> 32;
        }
        if (carry != 0) {
            throw new ArithmeticException("limb overflow");
        }
    }

    /**
     * d = a - b * k for 0 <= k < 2^32 (d may be a); returns whether the exact result is negative (d then holds
     * it modulo 2^(32 width) and is to be ignored).
     */
    static boolean subtractMultiple(int[] d, int dOff, int[] a, int aOff, int[] b, int bOff, int width, long k) {
        long carry = 0;
        long borrow = 0;
        for (int i = 0; i < width; i++) {
            long p = (b[bOff + i] & MASK) * k + carry;
            carry = p >>> 32;
            long diff = (a[aOff + i] & MASK) - (p & MASK) - borrow;
            d[dOff + i] = (int) diff;
            borrow = diff >>> 63;
        }
        return borrow != 0 || carry != 0;
    }

    /** q = ceil(a / d) for 0 < d < 2^31. */
    static void divideRoundingUp(int[] a, int[] q, int width, long d) {
        if (d <= 0 || d > Integer.MAX_VALUE) {
            throw new ArithmeticException("divisor out of range: " + d);
        }
        long rem = 0;
        for (int i = width - 1; i >= 0; i--) {
            long cur = (rem << 32) | (a[i] & MASK); // rem < d < 2^31, so cur < 2^63
            q[i] = (int) (cur / d);
            rem = cur % d;
        }
        if (rem != 0) {
            for (int i = 0; i < width; i++) {
                if (++q[i] != 0) {
                    break;
                }
            }
        }
    }
}
