package pl.miasto4.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.Map;

/** An API error with an RFC 7807 body: a type URI, a title, a detail and optional extension members. */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public ApiProblem(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
        super(status, body(status, type, title, detail, properties), null);
    }

    private static ProblemDetail body(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://miasto4.pl/problems/" + type));
        p.setTitle(title);
        properties.forEach(p::setProperty);
        return p;
    }

    public static ApiProblem notFound(String what, String code) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no " + what + " '" + code + "'.");
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail);
    }
}
