package pl.miasto4.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Refuses login attempts of a throttled user or address before the password is checked: 429 with
 * {@code Retry-After}, as problem details for the API and as a page for the login form, in the
 * user's language (Polish unless English was chosen).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
    private final LoginThrottle throttle;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final SpringTemplateEngine templates;

    LoginThrottleFilter(LoginThrottle throttle, MessageSource messages, LocaleResolver locales, SpringTemplateEngine templates) {
        this.throttle = throttle;
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUser(request);
        if (username != null) {
            long wait = throttle.retryAfterSeconds(username, request.getRemoteAddr());
            if (wait > 0) {
                refuse(request, response, wait);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The user name of a login attempt (form or HTTP Basic), or null when the request is none. */
    private static String attemptedUser(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String u = request.getParameter("username");
            return u == null ? "" : u;
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null; // not Basic at all: authentication refuses it
            }
        }
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        Locale locale = locales.resolveLocale(request);
        long minutes = Math.max(1, (seconds + 59) / 60);
        String detail = messages.getMessage("login.throttled", new Object[] {minutes}, locale);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setCharacterEncoding("UTF-8");
        if (request.getServletPath().startsWith("/api/")) {
            ApiErrorBodies.problem(response, 429, messages.getMessage("login.throttled.title", null, locale), detail,
                    request.getRequestURI());
            return;
        }
        Context ctx = new Context(locale);
        ctx.setVariable("detail", detail);
        ctx.setVariable("lang", locale.getLanguage());
        response.setContentType("text/html;charset=UTF-8");
        templates.process("login-throttled", ctx, response.getWriter());
    }
}
