package pl.miasto4.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import pl.miasto4.app.StoreTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept lookups of {@link FastHandlerLookup} answer what Spring's full lookup answers: for every
 * mapping of the application, a request built from it is looked up on an empty cache (the full lookup),
 * then again (from the cache); handler and request attributes must be equal. Variants that differ in a
 * keyed part (method, Accept, Content-Type) on a warm cache must answer what they answer on a cold one.
 */
class FastHandlerLookupTest extends StoreTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private static final List<String> ATTRIBUTES = List.of(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
            HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE,
            HandlerMapping.MATRIX_VARIABLES_ATTRIBUTE, HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
            HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);

    record Request(String method, String uri, String accept, String contentType) {
        MockHttpServletRequest build() {
            MockHttpServletRequest r = new MockHttpServletRequest(method, uri);
            if (accept != null) {
                r.addHeader("Accept", accept);
            }
            if (contentType != null) {
                r.setContentType(contentType);
                r.setContent("{}".getBytes());
            }
            ServletRequestPathUtils.parseAndCache(r);
            return r;
        }
    }

    /** What a lookup answered: the handler and the attributes it set, or the exception it threw. */
    private String outcome(Request request) {
        MockHttpServletRequest r = request.build();
        try {
            HandlerExecutionChain chain = mapping.getHandler(r);
            if (chain == null) {
                return "no handler";
            }
            StringBuilder s = new StringBuilder(chain.getHandler().toString());
            for (String a : ATTRIBUTES) {
                s.append('\n').append(a).append('=').append(Objects.toString(r.getAttribute(a)));
            }
            return s.toString();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private FastHandlerLookup.Mapping fast() {
        assertThat(mapping).isInstanceOf(FastHandlerLookup.Mapping.class);
        return (FastHandlerLookup.Mapping) mapping;
    }

    private List<Request> requestsForEveryMapping() {
        List<Request> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> e : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET")
                    : info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
            String accept = info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
                    .map(MediaType::toString).orElse(null);
            String contentType = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                    .map(MediaType::toString).orElse(null);
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                String uri = pattern.replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", "x1");
                for (String method : methods) {
                    boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
                    out.add(new Request(method, uri, accept, body ? (contentType == null ? "application/json" : contentType) : null));
                }
            }
        }
        return out;
    }

    @Test
    void aKeptLookupAnswersWhatTheFullLookupAnswered() {
        FastHandlerLookup.Mapping fast = fast();
        List<Request> requests = requestsForEveryMapping();
        assertThat(requests).hasSizeGreaterThan(100);
        int kept = 0;
        for (Request request : requests) {
            fast.forgetForTest();
            String full = outcome(request);
            boolean wasKept = fast.kept() > 0;
            kept += wasKept ? 1 : 0;
            assertThat(outcome(request)).as("%s, looked up again%s", request, wasKept ? " (kept)" : "").isEqualTo(full);
        }
        // most of them are kept (the rest: form posts, or lookups that failed)
        assertThat(kept).isGreaterThan(requests.size() / 2);
    }

    @Test
    void requestsDifferingInAKeyedPartAreToldApart() {
        FastHandlerLookup.Mapping fast = fast();
        List<Request> requests = requestsForEveryMapping();
        List<Request> variants = new ArrayList<>();
        for (Request r : requests) {
            variants.add(new Request(r.method(), r.uri(), "application/x-nothing", r.contentType()));
            variants.add(new Request(r.method(), r.uri(), "text/html", r.contentType()));
            variants.add(new Request(r.method().equals("GET") ? "DELETE" : "GET", r.uri(), r.accept(), null));
            if (r.contentType() != null) {
                variants.add(new Request(r.method(), r.uri(), r.accept(), "text/x-nothing"));
            }
        }
        // cold: every variant on an empty cache
        List<String> cold = new ArrayList<>();
        for (Request v : variants) {
            fast.forgetForTest();
            cold.add(outcome(v));
        }
        // warm: the cache holds the lookups of every original request first
        fast.forgetForTest();
        requests.forEach(this::outcome);
        assertThat(fast.kept()).isPositive();
        for (int i = 0; i < variants.size(); i++) {
            assertThat(outcome(variants.get(i))).as("%s on a warm cache", variants.get(i)).isEqualTo(cold.get(i));
        }
    }
}
