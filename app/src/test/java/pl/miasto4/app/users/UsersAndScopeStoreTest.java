package pl.miasto4.app.users;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.security.Role;
import pl.miasto4.app.security.UserRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data editor's unit scope on imports, and the users pages (invite, one-time password, change own
 * password, disable), over real HTTP against the application and PostgreSQL.
 */
class UsersAndScopeStoreTest extends StoreTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    UserRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    /** The store's dump without the run log, which records refused imports too (connect.RunLogRepository). */
    private String dataDump() {
        return dump().replaceAll("(?s)== connector_run\n.*?(?=\n== )", "").replaceAll("connector_run_id_seq=\\d+", "");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String auth, String name, String csv) throws Exception {
        String boundary = "----miasto" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDataEditorImportsForTheirCityAndItsDistrictsOnlyAndAFileTouchingAnotherUnitIsRefusedWhole() throws Exception {
        // Kraków (1261011) and its district XI (1261011-11, parent Kraków in units.csv); Wrocław (0264011) is not theirs
        assertThat(jdbc.sql("SELECT parent_code FROM territorial_unit WHERE code = '1261011-11'").query(String.class).single())
                .isEqualTo("1261011");
        String outsider = jdbc.sql("SELECT code FROM territorial_unit WHERE code NOT LIKE '1261011%' AND kind = 'city_county' "
                + "ORDER BY code LIMIT 1").query(String.class).single();
        if (accounts.find("krakow-editor").isEmpty()) {
            accounts.create("krakow-editor", encoder.encode("krakow-password-1"), EnumSet.of(Role.DATA_EDITOR), false,
                    List.of("1261011"), false);
        }
        String auth = basic("krakow-editor", "krakow-password-1");

        String before = dataDump();
        HttpResponse<String> refused = upload(auth, "mixed.csv", "unit,indicator,period,value\n"
                + "1261011,students_higher_education,2031,10\n"
                + "1261011-11,students_higher_education,2031,11\n"
                + outsider + ",students_higher_education,2031,12\n");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problems = json.readTree(refused.body()).path("problems");
        assertThat(problems.size()).isEqualTo(1);
        assertThat(problems.get(0).path("line").asInt()).isEqualTo(4);
        assertThat(problems.get(0).path("value").asString()).isEqualTo(outsider);
        assertThat(problems.get(0).path("key").asString()).isEqualTo("import.scope.outside");
        assertThat(problems.get(0).path("reason").asString()).contains("outside your scope (1261011)");
        assertThat(dataDump()).as("nothing of the refused file was written").isEqualTo(before);
        assertThat(jdbc.sql("SELECT status FROM connector_run WHERE source = 'mixed.csv' ORDER BY id DESC LIMIT 1").query(String.class)
                .single()).as("the run log records the refusal").isEqualTo("rejected");

        HttpResponse<String> ok = upload(auth, "krakow.csv", "unit,indicator,period,value\n"
                + "1261011,students_higher_education,2031,10\n"
                + "1261011-11,students_higher_education,2031,11\n");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).path("inserted").asInt()).isEqualTo(2);

        // an analyst cannot import at all
        if (accounts.find("some-analyst").isEmpty()) {
            accounts.create("some-analyst", encoder.encode("analyst-password-1"), EnumSet.of(Role.ANALYST), false, List.of(), false);
        }
        assertThat(upload(basic("some-analyst", "analyst-password-1"), "krakow.csv",
                "unit,indicator,period,value\n1261011,students_higher_education,2032,10\n").statusCode()).isEqualTo(403);
    }

    private record Session(String cookie, String token) {
    }

    private String lastLoginLocation;

    private Session login(String user, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElseThrow();
        HttpResponse<String> login = post(new Session(cookie, token(page.body())), "/login",
                "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        lastLoginLocation = login.headers().firstValue("Location").orElse("");
        if (login.headers().firstValue("Location").orElse("").contains("error")) {
            return null;
        }
        cookie = login.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElse(cookie);
        HttpResponse<String> form = get(cookie, "/account/password");
        return new Session(cookie, token(form.body()));
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token in the form").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String cookie, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie).header("Accept-Language", "pl")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Session s, String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", s.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "pl")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(s.token(), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAdministratorInvitesAUserWhoChangesTheOneTimePasswordAndCanBeDisabled() throws Exception {
        Session admin = login("admin", ADMIN_PASSWORD);
        assertThat(admin).isNotNull();
        HttpResponse<String> list = get(admin.cookie(), "/admin/users");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Użytkownicy").contains("name=\"_csrf\"");

        // a data editor without a scope is refused, in Polish, and nothing is created
        HttpResponse<String> noScope = post(admin, "/admin/users", "username=ola.nowak&role=data_editor&units=");
        assertThat(noScope.body()).contains("Redaktor danych potrzebuje zakresu");
        assertThat(accounts.find("ola.nowak")).isEmpty();

        HttpResponse<String> invited = post(admin, "/admin/users", "username=ola.nowak&role=data_editor&role=viewer&units=1261011");
        assertThat(invited.statusCode()).isEqualTo(200);
        Matcher secret = Pattern.compile("<code class=\"secret\">([^<]+)</code>").matcher(invited.body());
        assertThat(secret.find()).as("the one-time password is shown").isTrue();
        String oneTime = secret.group(1);
        assertThat(get(admin.cookie(), "/admin/users").body()).as("shown once").doesNotContain(oneTime);
        assertThat(accounts.find("ola.nowak").orElseThrow().roles()).containsExactlyInAnyOrder(Role.DATA_EDITOR, Role.VIEWER);
        assertThat(accounts.find("ola.nowak").orElseThrow().units()).containsExactly("1261011");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity = 'app_user' AND entity_id = 'ola.nowak' AND action = 'create' "
                + "AND username = 'admin' AND after::text NOT LIKE '%' || ? || '%'").param(oneTime).query(Long.class).single()).isEqualTo(1);

        Session ola = login("ola.nowak", oneTime);
        assertThat(ola).isNotNull();
        assertThat(lastLoginLocation).as("a one-time password leads to the password page").endsWith("/account/password");
        assertThat(post(ola, "/account/password", "current=wrong&password=long-enough-pass&repeat=long-enough-pass").body())
                .contains("Obecne hasło się nie zgadza");
        assertThat(post(ola, "/account/password", "current=" + oneTime + "&password=short&repeat=short").body())
                .contains("co najmniej 12 znaków");
        assertThat(post(ola, "/account/password", "current=" + oneTime + "&password=OLA.NOWAK&repeat=OLA.NOWAK").body())
                .contains("co najmniej 12 znaków"); // 9 characters: the length rule speaks first
        assertThat(post(ola, "/account/password", "current=" + oneTime + "&password=ola.nowak.x1&repeat=ola.nowak.x1").statusCode())
                .isEqualTo(200);
        assertThat(encoder.matches("ola.nowak.x1", accounts.find("ola.nowak").orElseThrow().passwordHash())).isTrue();
        assertThat(accounts.find("ola.nowak").orElseThrow().mustChangePassword()).isFalse();
        // a viewer cannot reach the users page
        assertThat(get(ola.cookie(), "/admin/users").statusCode()).isEqualTo(403);

        assertThat(post(admin, "/admin/users/ola.nowak/disable", "x=1").statusCode()).isEqualTo(200);
        assertThat(login("ola.nowak", "ola.nowak.x1")).as("a disabled account cannot log in").isNull();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/audit"))
                .header("Authorization", basic("ola.nowak", "ola.nowak.x1")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        // the administrator cannot lock themselves out
        assertThat(post(admin, "/admin/users/admin/disable", "x=1").body()).contains("Nie możesz zablokować własnego konta");
        assertThat(jdbc.sql("SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE entity = 'app_user' AND entity_id = 'ola.nowak'")
                .query(String.class).single()).isEqualTo("create,change_password,disable");
    }

    @Test
    void aPasswordEqualToTheUserNameIsRefused() throws Exception {
        if (accounts.find("long.user.name.x").isEmpty()) {
            accounts.create("long.user.name.x", encoder.encode("first-password-1"), EnumSet.of(Role.VIEWER), false, List.of(), false);
        }
        Session s = login("long.user.name.x", "first-password-1");
        assertThat(post(s, "/account/password", "current=first-password-1&password=LONG.USER.NAME.X&repeat=LONG.USER.NAME.X").body())
                .contains("Nowe hasło nie może być nazwą użytkownika");
        assertThat(encoder.matches("first-password-1", accounts.find("long.user.name.x").orElseThrow().passwordHash())).isTrue();
    }
}
