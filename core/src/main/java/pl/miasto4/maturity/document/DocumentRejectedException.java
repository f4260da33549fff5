package pl.miasto4.maturity.document;

import java.util.List;
import java.util.stream.Collectors;

/** A document that failed validation; the message lists every problem, one per line. */
public class DocumentRejectedException extends RuntimeException {
    private final List<Problem> problems;

    public DocumentRejectedException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
