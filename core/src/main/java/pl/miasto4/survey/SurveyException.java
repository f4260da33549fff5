package pl.miasto4.survey;

import java.util.List;

/**
 * Input refused by the survey engine: a {@link Problem} and its arguments (row, column, margin,
 * level, values …) in the order the problem documents. Nothing else is thrown for bad input;
 * the app turns the code into a sentence in the reader's language.
 */
public class SurveyException extends RuntimeException {
    private final Problem problem;
    private final List<Object> arguments;

    public SurveyException(Problem problem, Object... arguments) {
        super(problem + " " + List.of(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public Problem problem() {
        return problem;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
