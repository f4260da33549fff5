package pl.miasto4.app.pb;

import pl.miasto4.app.pb.results.PbRepository;

import pl.miasto4.app.pb.admin.EditionAdmin;
import pl.miasto4.app.pb.voting.ImportedVoterRegister;
import pl.miasto4.app.pb.voting.Voting;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import pl.miasto4.app.StoreTest;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibReader;
import pl.miasto4.pb.rules.Rules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vote run here, end to end against the real PostgreSQL, on Kraków 2020's real projects (citywide
 * and two districts): officials set it up, residents vote over HTTP, every refusal says why, one
 * ballot per person and pool holds under concurrency, receipts find their ballots, closing counts
 * them, and the open-data file counts to the same result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VotingStoreTest extends StoreTest {
    static final String SLUG = "krakow-test-" + ProcessHandle.current().pid();

    @Autowired
    EditionAdmin admin;
    @Autowired
    ImportedVoterRegister register;
    @Autowired
    PbRepository repository;
    @Autowired
    Voting voting;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    List<SyntheticVoters.Voter> voters;

    static byte[] resource(String name) throws Exception {
        return new ClassPathResource("demo/pabulib/" + name).getContentAsByteArray();
    }

    @BeforeAll
    void setUp() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        admin.create(new EditionAdmin.NewEdition(SLUG, "Kraków", "Głosowanie testowe nad projektami Krakowa 2020", null,
                today.minusDays(1), today.plusDays(6), 16, "residence"), "test");
        admin.poolFromFile(SLUG, "citywide", "Poland_Krakow_2020.pb", resource("Poland_Krakow_2020.pb"), "test");
        admin.poolFromFile(SLUG, "nowa-huta", "Poland_Krakow_2020_Nowa_Huta.pb", resource("Poland_Krakow_2020_Nowa_Huta.pb"), "test");
        admin.poolFromFile(SLUG, "stare-miasto", "Poland_Krakow_2020_Stare_Miasto.pb",
                resource("Poland_Krakow_2020_Stare_Miasto.pb"), "test");
        voters = new ArrayList<>(SyntheticVoters.adults(60, List.of("Nowa Huta", "Stare Miasto")));
        // a 15-year-old, and one who turns 16 on the third day of voting
        voters.add(new SyntheticVoters.Voter(SyntheticVoters.pesel(today.minusYears(15), 1), today.minusYears(15), "Nowa Huta"));
        LocalDate soon = today.plusDays(2).minusYears(16);
        voters.add(new SyntheticVoters.Voter(SyntheticVoters.pesel(soon, 2), soon, "Nowa Huta"));
        var report = register.importCsv(repository.edition(SLUG).orElseThrow(), Set.of("Nowa Huta", "Stare Miasto"),
                "register.csv", SyntheticVoters.csv(voters, false), "test");
        assertThat(report.problems()).isEmpty();
        assertThat(report.voters()).isEqualTo(62);
        admin.open(SLUG, "test");
    }

    HttpResponse<String> post(String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> vote(String pool, String pesel, List<String> projects) throws Exception {
        return post("/api/pb/editions/" + SLUG + "/pools/" + pool + "/ballots",
                Map.of("voterId", pesel, "projects", projects));
    }

    /** The first three projects of a pool, in file order. */
    List<String> three(String pool) {
        PbRepository.Edition e = repository.edition(SLUG).orElseThrow();
        return repository.projects(repository.pool(e.id(), pool).orElseThrow().id()).stream().limit(3)
                .map(PbRepository.PoolProject::id).toList();
    }

    @Test
    void everyRefusalSaysWhyAsProblemDetails() throws Exception {
        SyntheticVoters.Voter v = voters.get(0); // Nowa Huta
        List<String> ok = three("citywide");
        record Case(String pool, String pesel, List<String> projects, int status, String code, String detail) {
        }
        for (Case c : List.of(
                new Case("citywide", v.pesel(), List.of(ok.get(0), ok.get(1)), 422, "invalid_ballot", "at least 3"),
                new Case("citywide", v.pesel(), List.of(ok.get(0), ok.get(1), ok.get(2), "9999"), 422, "invalid_ballot", "9999"),
                new Case("citywide", v.pesel(), List.of(ok.get(0), ok.get(0), ok.get(1)), 422, "invalid_ballot", "twice"),
                new Case("citywide", SyntheticVoters.pesel(LocalDate.of(1944, 5, 14), 145), ok, 403, "not_registered",
                        "not in the register"),
                new Case("citywide", voters.get(60).pesel(), ok, 403, "too_young", "16"),
                new Case("citywide", voters.get(61).pesel(), ok, 403, "too_young", "16"),
                new Case("stare-miasto", v.pesel(), three("stare-miasto"), 403, "wrong_district", "Nowa Huta"),
                new Case("nowhere", v.pesel(), ok, 404, "pool_not_found", "nowhere"))) {
            HttpResponse<String> r = vote(c.pool(), c.pesel(), c.projects());
            assertThat(r.statusCode()).as(c.toString() + r.body()).isEqualTo(c.status());
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode body = json.readTree(r.body());
            assertThat(body.path("code").asString()).as(c.toString()).isEqualTo(c.code());
            assertThat(r.body()).as(c.toString()).contains(c.detail());
        }
        // nothing of it was recorded: the voter can still vote
        assertThat(vote("citywide", v.pesel(), ok).statusCode()).isEqualTo(201);
    }

    @Test
    void oneBallotPerPersonAndSlotEvenWhenTwentyArriveAtOnce() throws Exception {
        SyntheticVoters.Voter v = voters.get(2); // Nowa Huta
        List<String> ballot = three("nowa-huta");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<Integer> call = () -> vote("nowa-huta", v.pesel(), ballot).statusCode();
                statuses.add(pool.submit(call));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                codes.add(f.get());
            }
            assertThat(codes.stream().filter(c -> c == 201).count()).as(codes.toString()).isEqualTo(1);
            assertThat(codes.stream().filter(c -> c == 409).count()).as(codes.toString()).isEqualTo(19);
        } finally {
            pool.shutdownNow();
        }
        // district pools are one slot: the same voter cannot vote in the other district either
        // (and could not anyway: residence), and the citywide pool is a slot of its own
        assertThat(vote("citywide", v.pesel(), three("citywide")).statusCode()).isEqualTo(201);
        assertThat(vote("citywide", v.pesel(), three("citywide")).statusCode()).isEqualTo(409);
        // the database itself refuses a second "has voted" row, whatever the application does
        long edition = repository.edition(SLUG).orElseThrow().id();
        byte[] hash = jdbc.sql("SELECT voter_hash FROM pb_voted WHERE edition_id = ? LIMIT 1").param(edition)
                .query(byte[].class).single();
        org.junit.jupiter.api.Assertions.assertThrows(org.springframework.dao.DuplicateKeyException.class, () ->
                jdbc.sql("INSERT INTO pb_voted (edition_id, slot, voter_hash) SELECT edition_id, slot, voter_hash FROM pb_voted "
                        + "WHERE edition_id = ? AND voter_hash = ? LIMIT 1").params(edition, hash).update());
    }

    @Test
    void receiptsFindSealedBallotsAndClosingCountsEveryOne() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        String slug = "close-test-" + ProcessHandle.current().pid();
        admin.create(new EditionAdmin.NewEdition(slug, "Kraków", "Test zamknięcia", null, today, today, 0, "residence"), "test");
        admin.poolFromFile(slug, "stare-miasto", "Poland_Krakow_2020_Stare_Miasto.pb",
                resource("Poland_Krakow_2020_Stare_Miasto.pb"), "test");
        List<SyntheticVoters.Voter> people = SyntheticVoters.adults(30, List.of("Stare Miasto"));
        register.importCsv(repository.edition(slug).orElseThrow(), Set.of("Stare Miasto"), "r.csv",
                SyntheticVoters.csv(people, true), "test");
        admin.open(slug, "test");
        PbRepository.Edition e = repository.edition(slug).orElseThrow();
        List<String> ids = repository.projects(repository.pool(e.id(), "stare-miasto").orElseThrow().id()).stream()
                .map(PbRepository.PoolProject::id).toList();
        Map<String, List<String>> byReceipt = new java.util.HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            // real-looking preferences: everyone ranks project 0 or 1 first, the rest rotate
            List<String> ballot = List.of(ids.get(i % 2), ids.get(2 + i % 5), ids.get(7 + i % 11));
            HttpResponse<String> r = post("/api/pb/editions/" + slug + "/pools/stare-miasto/ballots",
                    Map.of("voterId", people.get(i).pesel(), "projects", ballot));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String receipt = json.readTree(r.body()).path("receipt").asString();
            byReceipt.put(receipt, ballot);
        }
        String some = byReceipt.keySet().iterator().next();
        JsonNode sealed = json.readTree(get("/api/pb/receipts/" + some).body());
        assertThat(sealed.path("state").asString()).isEqualTo("sealed");
        assertThat(get("/api/pb/editions/" + slug + "/pools/stare-miasto/results").statusCode()).isEqualTo(409);

        EditionAdmin.Closed closed = admin.closeAndCount(slug, "test");
        assertThat(closed.ballots()).containsEntry("stare-miasto", 30);
        assertThat(jdbc.sql("SELECT count(*) FROM pb_sealed_ballot s JOIN pb_pool p ON p.id = s.pool_id WHERE p.edition_id = ?")
                .param(e.id()).query(Long.class).single()).isZero();
        for (Map.Entry<String, List<String>> r : byReceipt.entrySet()) {
            JsonNode status = json.readTree(get("/api/pb/receipts/" + r.getKey().toLowerCase().replace("-", "%20")).body());
            assertThat(status.path("state").asString()).isEqualTo("counted");
            List<String> recorded = new ArrayList<>();
            status.path("projects").forEach(p -> recorded.add(p.asString()));
            assertThat(recorded).isEqualTo(r.getValue());
        }
        assertThat(json.readTree(get("/api/pb/receipts/0000-0000-0000-0000-0000").body()).path("state").asString())
                .isEqualTo("unknown");
        assertThat(get("/api/pb/receipts/not-a-code").statusCode()).isEqualTo(400);
        // voting after closing is refused
        assertThat(post("/api/pb/editions/" + slug + "/pools/stare-miasto/ballots",
                Map.of("voterId", people.get(0).pesel(), "projects", ids.subList(0, 3))).statusCode()).isEqualTo(409);

        // the open-data file: ballots numbered 1..n, no other voter data, and it counts to the official result
        HttpResponse<String> export = get("/api/pb/editions/" + slug + "/pools/stare-miasto/export.pb");
        assertThat(export.statusCode()).isEqualTo(200);
        PabulibFile f = PabulibReader.read("export", export.body().getBytes(StandardCharsets.UTF_8));
        assertThat(f.profile().size()).isEqualTo(30);
        assertThat(f.profile().attributes()).isEmpty();
        Set<String> voterIds = new HashSet<>();
        for (int b = 0; b < f.profile().size(); b++) {
            voterIds.add(f.profile().voterId(b));
        }
        assertThat(voterIds).hasSize(30).allMatch(id -> id.matches("\\d+") && Integer.parseInt(id) <= 30);
        List<String> counted = Rules.byName("greedy").orElseThrow().count(f.instance(), f.profile()).selectedIds(f.instance());
        assertThat(new HashSet<>(counted)).isEqualTo(f.official().orElseThrow().funded());
        assertThat(closed.funded().get("stare-miasto")).isEqualTo(counted);
        JsonNode results = json.readTree(get("/api/pb/editions/" + slug + "/pools/stare-miasto/results").body());
        assertThat(results.path("ballots").asInt()).isEqualTo(30);
        assertThat(results.path("check").path("status").asString()).isEqualTo("OK");
    }

    @Test
    void theDemoEditionsReproduceKrakowsOfficialResults() throws Exception {
        int checked = 0;
        for (String path : List.of("krakow-2019/citywide", "krakow-2020/citywide", "krakow-2020/nowa-huta",
                "krakow-2020/stare-miasto", "krakow-2021/citywide", "krakow-2022/citywide")) {
            String[] p = path.split("/");
            JsonNode r = json.readTree(get("/api/pb/editions/" + p[0] + "/pools/" + p[1] + "/results").body());
            assertThat(r.path("check").path("status").asString()).as(path).isEqualTo("OK");
            checked++;
        }
        assertThat(checked).isEqualTo(6);
        // Kraków 2018's file has no official result: nothing to compare, and the page says so
        JsonNode r2018 = json.readTree(get("/api/pb/editions/krakow-2018/pools/citywide/results").body());
        assertThat(r2018.path("check").isNull() || r2018.path("check").isMissingNode()).isTrue();
    }

    @Test
    void officialsNeedALoginAndBadInputIsRefusedWithEveryProblem() throws Exception {
        HttpResponse<String> anonymous = post("/api/pb/editions", Map.of("slug", "x"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/pb/editions"))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"Bad Slug\",\"city\":\"\",\"name\":\"x\","
                        + "\"votingStart\":\"2026-05-10\",\"votingEnd\":\"2026-05-01\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("slug").contains("city: required").contains("before the first");

        String a = SyntheticVoters.pesel(LocalDate.of(1944, 5, 14), 145);
        String b = SyntheticVoters.pesel(LocalDate.of(1985, 1, 1), 1234);
        String badCsv = "pesel;dzielnica\n" + a + ";Nowa Huta\n123;Nowa Huta\n" + a + ";Nowa Huta\n" + b + ";Podgórze\n";
        HttpResponse<String> reg = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/pb/editions/" + SLUG + "/register"))
                .header("Content-Type", "text/csv").header("Authorization", auth)
                .PUT(HttpRequest.BodyPublishers.ofString(badCsv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reg.statusCode()).isEqualTo(422);
        assertThat(reg.body()).contains("line 3").contains("not a valid PESEL").contains("line 4").contains("earlier line")
                .contains("line 5").contains("Podgórze");
        // the register is unchanged: the earlier voters still vote
        assertThat(vote("citywide", voters.get(4).pesel(), three("citywide")).statusCode()).isEqualTo(201);
    }
}
