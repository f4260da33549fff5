package pl.miasto4.pb.rules;

import java.util.List;

/**
 * A reason or notice of the counting engine as a code with arguments, so the application can word it in
 * the reader's language (message keys {@code pb.why.<code>}); {@code english} is the same text in English,
 * for the command line. Arguments are numbers (counts, for plural forms), project ids (text),
 * {@link Amount money} and {@link Rational} quantities.
 */
public record Why(String code, List<Object> args, String english) {

    /** An amount of money in the currency (e.g. złoty), to the grosz. */
    public record Amount(java.math.BigDecimal value) {
    }

    public Why {
        args = List.copyOf(args);
    }

    /** An amount of the instance's money. */
    public static Amount money(pl.miasto4.pb.Instance instance, long units) {
        return new Amount(new java.math.BigDecimal(java.math.BigInteger.valueOf(units), instance.scale()));
    }

    /** An exact amount in the instance's money units, rounded to the grosz. */
    public static Amount money(pl.miasto4.pb.Instance instance, Rational units) {
        return new Amount(units.divide(instance.currencyUnit()).toDecimal(2));
    }

    public static Why of(String code, String english, Object... args) {
        return new Why(code, List.of(args), english);
    }

    @Override
    public String toString() {
        return english;
    }
}
