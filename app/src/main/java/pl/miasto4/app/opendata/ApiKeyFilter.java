package pl.miasto4.app.opendata;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Requests that carry an API key ({@code X-API-Key}) to the API, the catalogue or the open-data files: an unknown or
 * revoked key gets a 401 problem, a key over its quota a 429 problem with Retry-After (RFC 7807, in the language the
 * client asks for, Polish by default). Requests without a key are not limited here: public reading stays open.
 */
@Component
public class ApiKeyFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-API-Key";
    private final ApiKeys keys;
    private final MessageSource messages;
    private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

    public ApiKeyFilter(ApiKeys keys, MessageSource messages) {
        this.keys = keys;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (request.getHeader(HEADER) == null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.startsWith("/catalog.") || path.startsWith("/opendata/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Polish unless the client asks for English (without Accept-Language the servlet would give the server's locale)
        Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("pl");
        Optional<ApiKeyRepository.Key> key = keys.find(request.getHeader(HEADER).strip());
        if (key.isEmpty()) {
            problem(response, 401, "api-key-unknown", locale, null);
            return;
        }
        Optional<Long> wait = keys.take(key.get());
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get()));
            problem(response, 429, "api-key-quota", locale, key.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private void problem(HttpServletResponse response, int status, String type, Locale locale, ApiKeyRepository.Key key)
            throws IOException {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("type", "https://miasto4.pl/problems/" + type);
        p.put("title", messages.getMessage("opendata.apikey." + type + ".title", null, locale));
        p.put("status", status);
        if (key == null) {
            p.put("detail", messages.getMessage("opendata.apikey." + type + ".detail", new Object[]{HEADER}, locale));
        } else {
            p.put("detail", messages.getMessage("opendata.apikey." + type + ".detail",
                    new Object[]{key.prefix(), key.perMinute(), key.perDay()}, locale));
            p.put("perMinute", key.perMinute());
            p.put("perDay", key.perDay());
        }
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.getOutputStream().write(json.writeValueAsString(p).getBytes(StandardCharsets.UTF_8));
    }
}
