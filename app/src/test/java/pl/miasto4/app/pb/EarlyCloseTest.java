package pl.miasto4.app.pb;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.pb.admin.EditionAdmin;
import pl.miasto4.app.pb.results.PbRepository;
import pl.miasto4.app.pb.voting.ImportedVoterRegister;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing a vote before its end date: refused without a reason (RFC 7807), recorded with who and why. */
class EarlyCloseTest extends StoreTest {
    @Autowired
    EditionAdmin admin;
    @Autowired
    ImportedVoterRegister register;
    @Autowired
    PbRepository repository;

    final HttpClient http = HttpClient.newHttpClient();
    final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> close(String slug, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/pb/editions/" + slug + "/close"))
                .header("Authorization", auth);
        if (body != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.POST(HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String openEdition(String slug, LocalDate end) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        admin.create(new EditionAdmin.NewEdition(slug, "Kraków", "Wcześniejsze zamknięcie " + slug, null, today, end, 0, "residence"), "test");
        admin.poolFromFile(slug, "stare-miasto", "Poland_Krakow_2020_Stare_Miasto.pb",
                new ClassPathResource("demo/pabulib/Poland_Krakow_2020_Stare_Miasto.pb").getContentAsByteArray(), "test");
        register.importCsv(repository.edition(slug).orElseThrow(), Set.of("Stare Miasto"), "r.csv",
                SyntheticVoters.csv(SyntheticVoters.adults(5, List.of("Stare Miasto")), false), "test");
        admin.open(slug, "test");
        return slug;
    }

    @Test
    void closingBeforeTheEndNeedsAReasonAndTheAuditTrailSaysWhoAndWhy() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        String slug = openEdition("early-" + ProcessHandle.current().pid(), today.plusDays(3));

        HttpResponse<String> none = close(slug, null);
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(none.body()).contains("reason").contains(today.plusDays(3).toString());
        HttpResponse<String> blank = close(slug, "{\"reason\":\"   \"}");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(repository.edition(slug).orElseThrow().status()).isEqualTo("open");

        HttpResponse<String> ok = close(slug, "{\"reason\":\"Awaria systemu głosowania w dzielnicy\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(repository.edition(slug).orElseThrow().status()).isEqualTo("counted");
        var row = jdbc.sql("SELECT username, action, after::text AS after FROM audit_event WHERE entity = 'pb_edition' "
                + "AND entity_id = ? AND action LIKE 'close%'").param(slug)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(row.get(0)).isEqualTo("admin");
        assertThat(row.get(1)).isEqualTo("close_early_and_count");
        assertThat(row.get(2)).contains("Awaria systemu głosowania w dzielnicy").contains("\"early\": true");
    }

    @Test
    void onTheLastDayNoReasonIsAsked() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        String slug = openEdition("lastday-" + ProcessHandle.current().pid(), today);
        HttpResponse<String> ok = close(slug, null);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        String action = jdbc.sql("SELECT action FROM audit_event WHERE entity = 'pb_edition' AND entity_id = ? "
                + "AND action LIKE 'close%'").param(slug).query(String.class).single();
        assertThat(action).isEqualTo("close_and_count");
    }
}
