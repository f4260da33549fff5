package pl.miasto4.app.index;

import java.util.List;

/** A selection from the store was refused: every problem with its field, the value given and the reason. */
public class SelectionException extends RuntimeException {
    private final List<Problem> problems;

    /** One thing wrong with a selection. */
    public record Problem(String field, String value, String reason) {
        @Override
        public String toString() {
            return field + (value == null ? "" : " '" + value + "'") + ": " + reason;
        }
    }

    public SelectionException(List<Problem> problems) {
        super("the selection was refused: " + String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public static SelectionException of(String field, String value, String reason) {
        return new SelectionException(List.of(new Problem(field, value, reason)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
