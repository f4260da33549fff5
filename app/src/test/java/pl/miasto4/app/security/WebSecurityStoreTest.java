package pl.miasto4.app.security;

import org.junit.jupiter.api.Test;
import pl.miasto4.app.StoreTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's HTTP findings as tests over real HTTP: the API's 401 (problem details, no browser
 * prompt), CSRF on pages and no cookie authority on the API, login throttling with 429 in Polish,
 * security headers, the OpenAPI security scheme, and the loopback-only default bind address.
 */
class WebSecurityStoreTest extends StoreTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).POST(HttpRequest.BodyPublishers.noBody());
    }

    @Test
    void the401OfTheApiIsProblemJsonAndChallengesOnlyClientsThatSentCredentials() throws Exception {
        // a browser's body-less cross-site POST (issue 11: …/open was accepted): no credentials, no prompt
        HttpResponse<String> anonymous = send(post("/api/pb/editions/1/open").header("Origin", "https://evil.example"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(anonymous.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/pb/editions/1/open");

        // an API client that asked for Basic and got it wrong is told how to authenticate
        HttpResponse<String> wrong = send(post("/api/pb/editions/1/open").header("Authorization", basic("api-client-x", "nope")));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"miasto\"");
    }

    /** Logs in with the form (CSRF token included) and returns the session cookie. */
    private String loginSession() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")));
        String cookie = page.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElseThrow();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return login.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElse(cookie);
    }

    @Test
    void aLoggedInBrowserCannotBeMadeToChangeAnythingCrossSite() throws Exception {
        String session = loginSession();
        // the session works for pages…
        assertThat(send(HttpRequest.newBuilder(URI.create(baseUrl() + "/import")).header("Cookie", session)).statusCode()).isEqualTo(200);
        // …but a state-changing page request without the CSRF token is refused
        HttpResponse<String> forged = send(post("/import").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example"));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> lang = send(post("/lang?lang=en").header("Cookie", session));
        assertThat(lang.statusCode()).as("every POST a browser can reach needs the token").isEqualTo(403);
        // and the session cookie gives no authority on the API (stateless, Basic only)
        HttpResponse<String> api = send(post("/api/pb/editions/1/open").header("Cookie", session));
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsGet429WithRetryAfterAndAPolishMessage() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(post("/api/imports").header("Authorization", basic("zgadywacz", "haslo" + i))).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = send(post("/api/imports").header("Authorization", basic("zgadywacz", "haslo5")));
        assertThat(blocked.statusCode()).isEqualTo(429);
        long retry = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retry).isBetween(1L, 901L);
        assertThat(json.readTree(blocked.body()).path("detail").asString())
                .isEqualTo("Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za 15 min.");
        // the right password does not help while the lock lasts: the attempt is refused before it is checked
        assertThat(send(post("/api/imports").header("Authorization", basic("zgadywacz", ADMIN_PASSWORD))).statusCode()).isEqualTo(429);
        // another user from the same address is not locked out by it
        assertThat(send(post("/api/imports").header("Authorization", basic("inny", "x"))).statusCode()).isEqualTo(401);

        // the login form too, with the message as a page, in English when English was chosen
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")));
        String cookie = page.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElseThrow();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).header("Cookie", cookie + "; miasto-lang=en")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=formularz&password=zle" + i + "&_csrf="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
            if (i < 5) {
                assertThat(last.statusCode()).isEqualTo(302);
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("Too many failed login attempts. Try again in 15 min.").contains("lang=\"en\"");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/login", "/api/units", "/api/openapi", "/no-such-page"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(baseUrl() + path)));
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("frame-ancestors 'none'").contains("script-src 'self'");
            assertThat(csp.replaceAll(".*script-src ([^;]*).*", "$1")).as(path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void theOpenApiDocumentDeclaresBasicAuthWhereALoginIsNeeded() throws Exception {
        JsonNode api = json.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/openapi"))).body());
        JsonNode scheme = api.path("components").path("securitySchemes").path("basicAuth");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("basic");
        assertThat(api.path("paths").path("/api/imports").path("post").path("security").toString()).contains("basicAuth");
        assertThat(api.path("paths").path("/api/imports").path("get").has("security")).isFalse();
        assertThat(api.path("paths").path("/api/index/runs").path("post").has("security")).as("public change").isFalse();
    }

    @Test
    void theWebServerListensOnLoopbackOnlyByDefault() throws Exception {
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(n -> {
                    try {
                        return n.isUp() && !n.isLoopback();
                    } catch (Exception e) {
                        return false;
                    }
                })
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream()).filter(a -> a instanceof Inet4Address).findFirst();
        // on loopback it answers
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        }
        if (outside.isPresent()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(outside.get(), port), 2000);
                throw new AssertionError("the web server answered on " + outside.get());
            } catch (ConnectException expected) {
                // refused: nothing listens there
            }
        }
    }
}
