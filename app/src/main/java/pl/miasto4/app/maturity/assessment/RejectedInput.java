package pl.miasto4.app.maturity.assessment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input a maturity write refused, with every problem: the field, the value given and why.
 * The API answers 422 with these as problem details; pages show them beside the form.
 */
public class RejectedInput extends RuntimeException {
    public record Problem(String field, String value, String reason) {
        @Override
        public String toString() {
            return field + (value == null || value.isEmpty() ? "" : " '" + value + "'") + ": " + reason;
        }
    }

    private final List<Problem> problems;

    public RejectedInput(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static RejectedInput of(String field, Object value, String reason) {
        return new RejectedInput(List.of(new Problem(field, value == null ? "" : String.valueOf(value), reason)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Collects problems and throws them together. */
    public static final class Collector {
        private final java.util.ArrayList<Problem> list = new java.util.ArrayList<>();

        public void add(String field, Object value, String reason) {
            list.add(new Problem(field, value == null ? "" : String.valueOf(value), reason));
        }

        public void throwIfAny() {
            if (!list.isEmpty()) {
                throw new RejectedInput(list);
            }
        }
    }
}
