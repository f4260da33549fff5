package pl.miasto4.app.pb;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.pb.admin.PbDemo;
import pl.miasto4.app.pb.results.PbRepository;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo store has a live Kraków edition open at start, labelled as a demo with a SYNTHETIC register, and a new user votes at once. */
class DemoLiveEditionTest extends StoreTest {
    @Autowired
    PbRepository repository;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aNewUserVotesInTheDemoEditionAtOnce() throws Exception {
        PbRepository.Edition e = repository.edition(PbDemo.LIVE_SLUG).orElseThrow();
        assertThat(e.live()).isTrue();
        assertThat(e.status()).isEqualTo("open");

        String page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/pb/" + PbDemo.LIVE_SLUG + "?lang=pl")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("Edycja demonstracyjna").contains("SYNTETYCZNY");
        String pesel = PbDemo.syntheticPesels(5).get(3);
        assertThat(page).contains(pesel);
        String en = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/pb/" + PbDemo.LIVE_SLUG + "?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(en).contains("Demo edition").contains("SYNTHETIC");

        // the pool's own rule (Kraków 2020): at least 3 projects
        List<String> ids = repository.projects(repository.pool(e.id(), "stare-miasto").orElseThrow().id()).stream()
                .map(PbRepository.PoolProject::id).limit(3).toList();
        String project = String.join("\",\"", ids);
        HttpResponse<String> vote = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/pb/editions/"
                        + PbDemo.LIVE_SLUG + "/pools/stare-miasto/ballots")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"voterId\":\"" + pesel + "\",\"projects\":[\"" + project + "\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(vote.statusCode()).as(vote.body()).isEqualTo(201);
        // a PESEL outside the SYNTHETIC register is refused
        String outside = PbDemo.syntheticPesels(201).get(200);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/pb/editions/"
                        + PbDemo.LIVE_SLUG + "/pools/stare-miasto/ballots")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"voterId\":\"" + outside + "\",\"projects\":[\"" + project + "\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isNotEqualTo(201);
        assertThat(List.of(PbDemo.syntheticPesels(200).toArray())).doesNotHaveDuplicates();
    }
}
