package pl.miasto4.pb.rules;

import java.util.List;

/**
 * Why a project won or lost, as a code and the values its sentence needs (counts as numbers, money as
 * decimals in the currency's units), so an application can word it in the reader's language
 * ({@code pb.why.CODE} in Miasto's message bundles). {@link Verdict#reason()} keeps the English sentence
 * for the command line.
 */
public record Why(String code, List<Object> args) {

    public static Why of(String code, Object... args) {
        return new Why(code, List.of(args));
    }
}
