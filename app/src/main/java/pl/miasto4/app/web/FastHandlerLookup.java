package pl.miasto4.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spring MVC's handler lookup, made cheap for paths with variables.
 *
 * <p>For a path with variables (a vote, a city page) Spring checks every mapping of the application
 * (about 150) against the request, and each check asks the request for its method, {@code Origin},
 * {@code Content-Type} and body headers through six wrappers (security, firewall, Tomcat's facade): in
 * the voting benchmark the lookup took 31 % of the server's CPU (JFR), a known cost of Spring MVC
 * (spring-framework issues 24901, 34461). Two changes, neither altering which handler is chosen:
 * <ul>
 *   <li>the lookup sees a thin wrapper that reads the method and each header once;</li>
 *   <li>the outcome of a successful lookup is kept, keyed by everything the application's mapping
 *       conditions can read: method, raw request URI, {@code Content-Type}, whether there is a body and
 *       {@code Accept}. Only requests without a query string, without a form body and without CORS
 *       headers are kept (parameters cannot then matter), and only while no mapping has a header, custom
 *       or version condition (checked when the mappings are known). A hit sets the request attributes
 *       exactly as the full lookup does ({@code handleMatch} with the narrowed mapping).</li>
 * </ul>
 * {@code FastHandlerLookupTest} checks, for every mapping of the application, that a repeated lookup
 * answers what the full lookup answered, and that requests differing in a keyed part are told apart.
 */
@Configuration(proxyBeanMethods = false)
public class FastHandlerLookup {
    static final int MAX_KEPT = 10_000;
    static final int MAX_KEY_LENGTH = 512;

    /** Off with {@code miasto.web.fast-handler-lookup=false}: Spring's own lookup, for comparing in {@code bench store}. */
    @Bean
    @ConditionalOnProperty(name = "miasto.web.fast-handler-lookup", havingValue = "true", matchIfMissing = true)
    WebMvcRegistrations fastHandlerLookupRegistrations() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Mapping();
            }
        };
    }

    /** A successful lookup: the mapping narrowed to what matched, and its handler. */
    record Hit(RequestMappingInfo info, HandlerMethod method) {
    }

    static final class Mapping extends RequestMappingHandlerMapping {
        private final Map<String, Hit> hits = new ConcurrentHashMap<>();
        private final ThreadLocal<RequestMappingInfo> matched = new ThreadLocal<>();
        private volatile Boolean keepable;

        @Override
        protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
            return super.getHandlerInternal(new LookupRequest(request));
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            String key = key(request);
            if (key == null) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            Hit hit = hits.get(key);
            if (hit != null) {
                // what the full lookup does with its best match
                request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, hit.method());
                handleMatch(hit.info(), lookupPath, request);
                matched.remove();
                return hit.method();
            }
            matched.remove();
            try {
                HandlerMethod found = super.lookupHandlerMethod(lookupPath, request);
                RequestMappingInfo info = matched.get();
                if (found != null && info != null && request.getAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE) == found) {
                    if (hits.size() >= MAX_KEPT) {
                        hits.clear();
                    }
                    hits.put(key, new Hit(info, found));
                }
                return found;
            } finally {
                matched.remove();
            }
        }

        @Override
        protected void handleMatch(RequestMappingInfo info, String lookupPath, HttpServletRequest request) {
            matched.set(info);
            super.handleMatch(info, lookupPath, request);
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
            super.registerMapping(mapping, handler, method);
            forget();
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            super.unregisterMapping(mapping);
            forget();
        }

        private void forget() {
            keepable = null;
            hits.clear();
        }

        /** Empties the cache (tests). */
        void forgetForTest() {
            hits.clear();
        }

        int kept() {
            return hits.size();
        }

        /** The cache key, or null when this request's lookup is not to be kept. */
        private String key(HttpServletRequest request) {
            if (!keepable()) {
                return null;
            }
            String method = request.getMethod();
            if (request.getQueryString() != null || "OPTIONS".equals(method) || request.getHeader(HttpHeaders.ORIGIN) != null) {
                return null;
            }
            String contentType = request.getContentType();
            if (contentType != null) {
                String ct = contentType.toLowerCase(Locale.ROOT);
                if (ct.startsWith("application/x-www-form-urlencoded") || ct.startsWith("multipart/")) {
                    return null;
                }
            }
            // as ConsumesRequestCondition decides whether there is a body
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean body = StringUtils.hasText(request.getHeader(HttpHeaders.TRANSFER_ENCODING))
                    || (StringUtils.hasText(length) && !length.trim().equals("0"));
            String key = method + '\u0000' + request.getRequestURI() + '\u0000' + contentType + '\u0000' + body + '\u0000'
                    + request.getHeader(HttpHeaders.ACCEPT);
            // long keys are not kept: 10,000 of them could otherwise fill the heap with made-up URIs
            return key.length() <= MAX_KEY_LENGTH ? key : null;
        }

        /** Whether every mapping decides on the keyed parts only. */
        private boolean keepable() {
            Boolean k = keepable;
            if (k == null) {
                k = true;
                for (RequestMappingInfo info : getHandlerMethods().keySet()) {
                    if (!info.getHeadersCondition().isEmpty() || info.getCustomCondition() != null
                            || !info.getVersionCondition().isEmpty()) {
                        k = false;
                        break;
                    }
                }
                keepable = k;
            }
            return k;
        }
    }

    /** The request as the lookup sees it: method, headers and content type read once. */
    static final class LookupRequest extends HttpServletRequestWrapper {
        private static final String ABSENT = new String("absent");
        private final String method;
        private final Map<String, String> headers = new HashMap<>(8);
        private String contentType = ABSENT;

        LookupRequest(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public String getHeader(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            String value = headers.get(key);
            if (value == null) {
                value = super.getHeader(name);
                headers.put(key, value == null ? ABSENT : value);
                return value;
            }
            return value == ABSENT ? null : value;
        }

        @Override
        public String getContentType() {
            if (contentType == ABSENT) {
                contentType = super.getContentType();
            }
            return contentType;
        }
    }
}
