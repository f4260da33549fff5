package pl.miasto4.app.connect;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.pb.SyntheticVoters;
import pl.miasto4.app.pb.admin.EditionAdmin;
import pl.miasto4.app.pb.results.PbRepository;
import pl.miasto4.app.pb.voting.ImportedVoterRegister;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edition run here becomes indicators when it is closed: 12 of the 30 SYNTHETIC residents on the
 * register of Stare Miasto vote over HTTP; closing counts them: 12 ballots in the district, and the
 * edition's turnout, the city's, is 12 / 30.
 */
class ClosedEditionIndicatorsTest extends StoreTest {
    @Autowired
    EditionAdmin admin;
    @Autowired
    ImportedVoterRegister register;
    @Autowired
    PbRepository repository;

    @Test
    void closingAnEditionRunHereStoresItsTurnoutAgainstTheRegister() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        String slug = "indicators-" + ProcessHandle.current().pid();
        // a year after every demo maturity assessment (the latest is dated 2025-08), which would otherwise
        // score with this test's turnout: the tests share one store
        admin.create(new EditionAdmin.NewEdition(slug, "Kraków", "Wskaźniki po zamknięciu", 2031, today, today, 0, "residence"), "test");
        admin.poolFromFile(slug, "stare-miasto", "Poland_Krakow_2020_Stare_Miasto.pb",
                new ClassPathResource("demo/pabulib/Poland_Krakow_2020_Stare_Miasto.pb").getContentAsByteArray(), "test");
        List<SyntheticVoters.Voter> people = SyntheticVoters.adults(30, List.of("Stare Miasto"));
        register.importCsv(repository.edition(slug).orElseThrow(), Set.of("Stare Miasto"), "r.csv",
                SyntheticVoters.csv(people, true), "test");
        admin.open(slug, "test");
        PbRepository.Edition e = repository.edition(slug).orElseThrow();
        List<String> ids = repository.projects(repository.pool(e.id(), "stare-miasto").orElseThrow().id()).stream()
                .map(PbRepository.PoolProject::id).toList();
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/pb/editions/" + slug
                            + "/pools/stare-miasto/ballots")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("voterId", people.get(i).pesel(),
                            "projects", List.of(ids.get(i % 2), ids.get(2 + i % 5), ids.get(7 + i % 11)))))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        assertThat(stored("pb_ballots_cast")).isNull();

        EditionAdmin.Closed closed = admin.closeAndCount(slug, "test");

        assertThat(stored("pb_ballots_cast")).isEqualByComparingTo("12");
        // turnout is the edition's, so the city's: 12 of the 30 on the register voted
        assertThat(jdbc.sql("SELECT value FROM observation WHERE unit_code = '1261011' AND indicator_code = 'pb_turnout_pct' AND period = '2031'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("40.00");
        assertThat(stored("pb_projects_selected")).isEqualByComparingTo(BigDecimal.valueOf(closed.funded().get("stare-miasto").size()));
        // Stare Miasto's population is not in the store: no amount per resident is made up
        assertThat(stored("pb_budget_per_capita_pln")).isNull();
    }

    BigDecimal stored(String indicator) {
        return jdbc.sql("SELECT value FROM observation WHERE unit_code = '1261011-01' AND indicator_code = ? AND period = '2031'")
                .param(indicator).query(BigDecimal.class).optional().orElse(null);
    }
}
