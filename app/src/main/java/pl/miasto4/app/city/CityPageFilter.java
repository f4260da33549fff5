package pl.miasto4.app.city;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.Locale;

/**
 * Serves the city page to anonymous readers from {@link CityPageCache} while the store is unchanged:
 * the whole page, kept gzipped, sent as it is to browsers that accept gzip (most do) and unpacked for the
 * rest. A page is the same for every anonymous reader of a language (no form, no token, no name on it),
 * so only these requests are kept or served: GET, no query string (a {@code ?lang=} switch sets a cookie),
 * not logged in. Logged-in officials always get a freshly rendered page. The security filters run
 * before this one, so every answer carries the same security headers.
 */
public class CityPageFilter extends OncePerRequestFilter {
    /** The request attribute with the store version the filter read, for the controller to reuse. */
    static final String VERSION = CityPageFilter.class.getName() + ".version";
    private static final String PREFIX = "/cities/";

    private final CityPageCache cache;
    private final LocaleResolver locales;

    CityPageFilter(CityPageCache cache, LocaleResolver locales) {
        this.cache = cache;
        this.locales = locales;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<CityPageFilter> cityPageFilter(CityPageCache cache, LocaleResolver locales) {
            FilterRegistrationBean<CityPageFilter> r = new FilterRegistrationBean<>(new CityPageFilter(cache, locales));
            r.addUrlPatterns(PREFIX + "*");
            r.setOrder(0); // after Spring Security's filters (-100)
            return r;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null || !path.startsWith(PREFIX)
                || path.indexOf('/', PREFIX.length()) >= 0 || path.length() == PREFIX.length() || !anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        String key = path.substring(PREFIX.length()) + '\u0000' + locale.getLanguage();
        long version = cache.current();
        CityPageCache.Page page = cache.page(key);
        if (page != null) {
            send(request, response, page, locale);
            return;
        }
        request.setAttribute(VERSION, version);
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (capture.getStatus() == 200 && capture.getContentType() != null && capture.getContentType().startsWith("text/html")
                && !capture.getHeaderNames().contains("Set-Cookie")) {
            cache.keepPage(version, key, capture.getContentType(), capture.getContentAsByteArray());
        }
        capture.copyBodyToResponse();
    }

    /**
     * Whether an Accept-Encoding header admits gzip (RFC 9110, 12.5.3): named ({@code gzip} or
     * {@code x-gzip}) with a weight above 0, or, when not named, {@code *} with a weight above 0.
     */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        Double named = null;
        Double any = null;
        for (String part : header.split(",")) {
            String[] p = part.trim().split(";");
            String coding = p[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < p.length; i++) {
                String param = p[i].trim().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                named = named == null ? q : Math.max(named, q);
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        return named != null ? named > 0 : any != null && any > 0;
    }

    private static boolean anonymous() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated();
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, CityPageCache.Page page,
                             Locale locale) throws IOException {
        response.setStatus(200);
        response.setContentType(page.contentType());
        response.setLocale(locale);
        response.setHeader("Vary", "Accept-Encoding");
        byte[] body;
        if (acceptsGzip(request.getHeader("Accept-Encoding"))) {
            response.setHeader("Content-Encoding", "gzip");
            body = page.gzipped();
        } else {
            body = CityPageCache.gunzipBytes(page.gzipped());
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
