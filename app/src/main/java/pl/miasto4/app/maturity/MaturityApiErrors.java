package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.assessment.AssessmentService;
import pl.miasto4.app.maturity.assessment.RejectedInput;
import pl.miasto4.app.maturity.portfolio.PortfolioApi;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import pl.miasto4.maturity.document.DocumentRejectedException;

import java.net.URI;
import java.util.Map;

/**
 * RFC 7807 problem details for the maturity API: 422 with every problem (field, value, reason; or
 * line, column, reason for a YAML document), 404 for a record that does not exist.
 */
@RestControllerAdvice(assignableTypes = {MaturityApi.class, PortfolioApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MaturityApiErrors {

    @ExceptionHandler(RejectedInput.class)
    ResponseEntity<ProblemDetail> rejected(RejectedInput e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", "Invalid input",
                e.problems().size() + " problem(s): " + e.getMessage());
        p.setProperty("problems", e.problems());
        return respond(p);
    }

    @ExceptionHandler(DocumentRejectedException.class)
    ResponseEntity<ProblemDetail> document(DocumentRejectedException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-document", "Invalid document",
                e.problems().size() + " problem(s); nothing was stored.");
        p.setProperty("problems", e.problems().stream().map(x -> Map.of("line", x.line(), "column", x.column(),
                "reason", x.message())).toList());
        return respond(p);
    }

    @ExceptionHandler(AssessmentService.NotFound.class)
    ResponseEntity<ProblemDetail> notFound(AssessmentService.NotFound e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://miasto4.pl/problems/" + type));
        p.setTitle(title);
        return p;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
