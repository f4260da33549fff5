package pl.miasto4.app.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pl.miasto4.app.StoreTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route × every role, over real HTTP against the real application and PostgreSQL. The routes are
 * every request mapping of the controllers (Spring's {@link RequestMappingHandlerMapping}: every page,
 * every form's POST) and every operation of the OpenAPI document; the expected answers are the table
 * {@code security/route-role-matrix.csv} (A = allowed, D = denied), written from the role definitions
 * in README's Security section. A route without a row, or a row without a route, fails the test, so a
 * new route cannot ship without deciding who may use it.
 *
 * <p>Denied means 403 for a logged-in user, 401 problem details (saying nothing about the route) for an
 * anonymous API caller, and a redirect to the login page for an anonymous page visitor. Allowed means
 * neither: the request reached the controller, which may still answer 400/404/415/422 for the
 * placeholder path values ({@value #PLACEHOLDER}, which name nothing in the demo data, so nothing is changed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteRoleMatrixTest extends StoreTest {
    static final String PLACEHOLDER = "987654";
    private static final String PASSWORD = "matrix-password-1";
    /** The columns of the CSV, in order. */
    private static final List<String> WHO = List.of("anonymous", "viewer", "data_editor", "analyst", "pb_official", "admin");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> sessions = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    @BeforeAll
    void users() throws Exception {
        for (String who : WHO.subList(1, WHO.size())) {
            String name = "matrix-" + who;
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, encoder.encode(PASSWORD), EnumSet.of(Role.of(who)), false, List.of("1261011"), false);
            }
        }
    }

    /** "GET /api/units/{code}" for every route of the controllers and of the OpenAPI document. */
    private Set<String> routes() throws Exception {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // Spring Boot's error page, reached only by forwarding
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                    routes.add(m.name() + " " + pattern);
                }
            }
        });
        JsonNode doc = json.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/openapi"))).body());
        doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(op ->
                routes.add(op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey())));
        return routes;
    }

    private static Map<String, List<Boolean>> expected() throws Exception {
        Map<String, List<Boolean>> rows = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RouteRoleMatrixTest.class.getResourceAsStream("/security/route-role-matrix.csv"), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            assertThat(header).isEqualTo("method,route," + String.join(",", WHO));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                assertThat(cells).as(line).hasSize(2 + WHO.size());
                List<Boolean> allowed = new ArrayList<>();
                for (int i = 2; i < cells.length; i++) {
                    assertThat(cells[i]).as(line).isIn("A", "D");
                    allowed.add(cells[i].equals("A"));
                }
                assertThat(rows.put(cells[0] + " " + cells[1], allowed)).as("a route listed twice: " + line).isNull();
            }
        }
        return rows;
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() throws Exception {
        Set<String> routes = routes();
        Map<String, List<Boolean>> expected = expected();
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(expected.keySet());
        Set<String> stale = new TreeSet<>(expected.keySet());
        stale.removeAll(routes);
        assertThat(missing).as("routes without a row in route-role-matrix.csv (decide who may use them)").isEmpty();
        assertThat(stale).as("rows of route-role-matrix.csv for routes that do not exist").isEmpty();
    }

    @Test
    void everyRoleGetsWhatTheMatrixSaysOnEveryRoute() throws Exception {
        Map<String, List<Boolean>> expected = expected();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Boolean>> row : expected.entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String route = row.getKey().substring(method.length() + 1);
            String path = route.replaceAll("\\{[^}]+}", PLACEHOLDER).replace("/**", "/" + PLACEHOLDER);
            for (int i = 0; i < WHO.size(); i++) {
                String who = WHO.get(i);
                HttpResponse<String> r = request(method, path, who);
                boolean allowed = row.getValue().get(i);
                String verdict = verdict(path, who, r);
                checked++;
                if (allowed != verdict.equals("allowed") || verdict.startsWith("bad refusal")) {
                    wrong.add(row.getKey() + " as " + who + ": expected " + (allowed ? "allowed" : "denied") + ", got "
                            + verdict + " (HTTP " + r.statusCode() + ")");
                }
            }
        }
        assertThat(checked).isGreaterThan(100 * WHO.size() / 2);
        assertThat(wrong).as("route × role answers that differ from route-role-matrix.csv").isEmpty();
    }

    /** "allowed", "denied", or "bad refusal: ..." when the refusal has the wrong form. */
    private String verdict(String path, String who, HttpResponse<String> r) {
        boolean api = path.startsWith("/api/");
        int s = r.statusCode();
        if (who.equals("anonymous")) {
            if (api && s == 401) {
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("application/problem+json")) {
                    return "bad refusal: 401 without problem details";
                }
                // the same words for every route: nothing about what is behind it, who may use it or why
                String body = r.body().replace(path, "");
                if (body.contains("role") || body.contains("ROLE_") || body.contains("Exception") || body.contains("admin")) {
                    return "bad refusal: reveals something: " + r.body();
                }
                return "denied";
            }
            if (!api && s == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login")) {
                return "denied";
            }
            if (s == 401 || s == 403) {
                return "bad refusal: " + s + " " + r.body().lines().findFirst().orElse("");
            }
            return "allowed";
        }
        if (s == 403) {
            return "denied";
        }
        if (s == 401 || s == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login")) {
            return "bad refusal: " + s + " for a logged-in user";
        }
        return "allowed";
    }

    @Test
    void anonymousRefusalsAreAllAlike() throws Exception {
        Set<String> bodies = new TreeSet<>();
        for (String path : List.of("/api/audit", "/api/targets", "/api/pb/editions/" + PLACEHOLDER + "/open", "/api/imports")) {
            String method = path.equals("/api/audit") ? "GET" : path.equals("/api/targets") ? "PUT" : "POST";
            HttpResponse<String> r = request(method, path, "anonymous");
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            bodies.add(r.body().replace(path, "PATH"));
        }
        assertThat(bodies).as("one body for every refused route, the path aside").hasSize(1);
    }

    private HttpResponse<String> request(String method, String path, String who) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        boolean api = path.startsWith("/api/");
        if (api) {
            if (!who.equals("anonymous")) {
                b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("matrix-" + who + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
        } else {
            String session = session(who);
            b.header("Cookie", session);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                // a real form sends its CSRF token: the matrix tests the roles, not CSRF (WebSecurityStoreTest does)
                b.header("X-CSRF-TOKEN", tokens.get(who));
            }
        }
        return send(b);
    }

    /** A session cookie (logged in through the form unless anonymous) with its CSRF token. */
    private String session(String who) throws Exception {
        if (sessions.containsKey(who)) {
            return sessions.get(who);
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")));
        String cookie = page.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElseThrow();
        String token = token(page.body());
        if (!who.equals("anonymous")) {
            HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=matrix-" + who + "&password=" + PASSWORD
                            + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
            assertThat(login.statusCode()).as("login of " + who).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).as("login of " + who).doesNotContain("error");
            cookie = login.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElse(cookie);
            token = token(send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).header("Cookie", cookie)).body());
        }
        sessions.put(who, cookie);
        tokens.put(who, token);
        return cookie;
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token in the form").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
