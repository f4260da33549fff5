package pl.miasto4.app.security;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 7807 problem details written by the security filters, before Spring MVC is reached (by Jackson). */
final class ApiErrorBodies {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrorBodies() {
    }

    static void problem(HttpServletResponse response, int status, String title, String detail, String instance) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/problem+json");
        JSON.writeValue(response.getWriter(), body);
    }
}
