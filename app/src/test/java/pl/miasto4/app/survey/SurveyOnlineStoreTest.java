package pl.miasto4.app.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.CliStoreTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online answers over real HTTP and PostgreSQL: codes written once to a 0600 file, kept as hashes;
 * an answer per code, checked against the codebook; a spent code refused, also when eight answers
 * with one code arrive at once.
 */
class SurveyOnlineStoreTest extends CliStoreTest {
    @Autowired
    QuestionnaireRepository repository;

    @TempDir
    Path dir;

    /** A browser: its own cookies (session, CSRF). */
    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private String get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A browser with the questionnaire open for a code: its client (session cookie) and the form's CSRF token. */
    record Form(HttpClient http, long wave, String code, String csrf) {
    }

    private Form open(long wave, String code) throws Exception {
        HttpClient http = browser();
        String page = get(http, "/surveys/" + wave + "/answer?code=" + code);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the answer form for " + code).isTrue();
        return new Form(http, wave, code, csrf.group(1));
    }

    private String send(Form f, String... fields) throws Exception {
        StringBuilder body = new StringBuilder("code=" + f.code() + "&_csrf=" + f.csrf());
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return f.http().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/surveys/" + f.wave() + "/answer"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void oneAnswerPerInvitationCodeCheckedAgainstTheCodebook() throws Exception {
        Path codesFile = dir.resolve("kody.txt");
        assertThat(run("survey", "invite", "--questionnaire", "city_office_satisfaction", "--name", "Ankieta online (test)",
                "--unit", "1261011", "--period", "2025", "--count", "3", "-o", codesFile.toString())).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(codesFile))).isEqualTo("rw-------");
        List<String> codes = Files.readAllLines(codesFile);
        assertThat(codes).hasSize(3).allSatisfy(c -> assertThat(c).matches("[A-HJKMNP-Z2-9]{12}"));
        Matcher m = Pattern.compile("nr (\\d+)").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        long wave = Long.parseLong(m.group(1));
        // the store keeps no code, only hashes
        String dump = dump();
        codes.forEach(c -> assertThat(dump).doesNotContain(c));

        assertThat(get(browser(), "/surveys/" + wave + "/answer?code=NIEMATAKIEGO")).contains("Nie znamy tego kodu");

        Form first = open(wave, codes.get(0).toLowerCase(java.util.Locale.ROOT));
        String thanks = send(first, "q_channel", "online", "q_overall", "5",
                "q_improve", "hours", "q_improve", "eservices", "q_visits", "3", "q_comment", "Dłuższe godziny w sobotę");
        assertThat(thanks).contains("Dziękujemy");
        List<QuestionnaireRepository.Response> stored = repository.responses(wave);
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.answers()).containsEntry("channel", "online").containsEntry("overall", "5")
                    .containsEntry("improve", List.of("hours", "eservices")).containsEntry("comment", "Dłuższe godziny w sobotę");
            assertThat(((Number) r.answers().get("visits")).intValue()).isEqualTo(3);
        });
        // the same form sent again (a second click, or a copy of the page): the spent code is refused
        assertThat(send(first, "q_channel", "office", "q_overall", "1")).contains("Ten kod został już wykorzystany");
        assertThat(get(browser(), "/surveys/" + wave + "/answer?code=" + codes.get(0))).contains("Ten kod został już wykorzystany");
        assertThat(repository.responses(wave)).hasSize(1);

        // outside the codebook: refused, nothing stored, the code still valid
        Form second = open(wave, codes.get(1));
        String refused = send(second, "q_channel", "fax", "q_overall", "7");
        assertThat(refused).contains("odpowiedzi „fax” nie ma w kafeterii pytania")
                .contains("odpowiedzi „7” nie ma w kafeterii pytania (dozwolone: 1, 2, 3, 4, 5)");
        assertThat(repository.responses(wave)).hasSize(1);
        assertThat(send(second, "q_channel", "phone", "q_overall", "4")).contains("Dziękujemy");

        // eight answers with the last code at once: one is stored
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> results = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            forms.add(open(wave, codes.get(2)));
        }
        for (Form f : forms) {
            Callable<String> c = () -> send(f, "q_channel", "post", "q_overall", "3");
            results.add(pool.submit(c));
        }
        int thanked = 0;
        for (Future<String> f : results) {
            thanked += f.get().contains("Dziękujemy") ? 1 : 0;
        }
        pool.shutdown();
        assertThat(thanked).isEqualTo(1);
        assertThat(repository.responses(wave)).hasSize(3);
        assertThat(repository.wave(wave).orElseThrow().responseRate()).isEqualTo(1.0);
    }
}
