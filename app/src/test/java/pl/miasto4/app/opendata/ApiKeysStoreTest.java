package pl.miasto4.app.opendata;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API keys over real HTTP against the store: an administrator creates a key (shown once, stored hashed), requests
 * with it are answered up to the per-minute quota and then refused with a 429 problem and Retry-After, in Polish or
 * English; requests without a key stay open; unknown and revoked keys get 401; the requests are counted per key.
 */
class ApiKeysStoreTest extends StoreTest {
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Autowired
    ApiKeys keys;

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path));
    }

    HttpResponse<String> create(String body, boolean signedIn) throws Exception {
        HttpRequest.Builder b = to("/api/admin/api-keys").header("Content-Type", "application/json")
                .header("Accept-Language", "pl").POST(HttpRequest.BodyPublishers.ofString(body));
        return send(signedIn ? b.header("Authorization", auth) : b);
    }

    @Test
    void aKeyIsShownOnceStoredHashedAndHeldToItsQuota() throws Exception {
        assertThat(create("{\"name\":\"nobody\",\"perMinute\":3}", false).statusCode()).isEqualTo(401);
        assertThat(send(to("/api/admin/api-keys")).statusCode()).as("the list is not public").isEqualTo(401);

        HttpResponse<String> bad = create("{\"name\":\"x\",\"perMinute\":0}", true);
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode badBody = json.readTree(bad.body());
        assertThat(badBody.get("field").asString()).isEqualTo("perMinute");
        assertThat(badBody.get("detail").asString()).contains("perMinute").contains("limit na minutę");

        // a minute window that has at least 20 s left, so that the three answered requests fall in one minute
        while (System.currentTimeMillis() % 60_000 > 40_000) {
            Thread.sleep(1_000);
        }
        HttpResponse<String> made = create("{\"name\":\"Uczelnia — badania\",\"perMinute\":3,\"perDay\":1000}", true);
        assertThat(made.statusCode()).isEqualTo(201);
        JsonNode k = json.readTree(made.body());
        String secret = k.get("key").asString();
        long id = k.get("id").asLong();
        assertThat(secret).startsWith("m4k_").hasSizeGreaterThan(40);
        assertThat(k.get("note").asString()).contains("nie zostanie pokazany ponownie");

        // stored hashed: the SHA-256 of the key, and the key itself nowhere in the row
        String row = jdbc.sql("SELECT concat_ws('|', id, name, prefix, encode(secret_hash, 'hex'), per_minute, per_day, created_by) "
                + "FROM api_key WHERE id = ?").param(id).query(String.class).single();
        assertThat(row).doesNotContain(secret)
                .contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
        String listed = send(to("/api/admin/api-keys").header("Authorization", auth)).body();
        assertThat(listed).contains(k.get("prefix").asString()).doesNotContain(secret);

        for (int i = 0; i < 3; i++) {
            assertThat(send(to("/api/3/action/package_list").header(ApiKeyFilter.HEADER, secret)).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = send(to("/catalog.ttl").header(ApiKeyFilter.HEADER, secret).header("Accept-Language", "pl"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retry).isBetween(1L, 60L);
        JsonNode p = json.readTree(refused.body());
        assertThat(p.get("status").asInt()).isEqualTo(429);
        assertThat(p.get("type").asString()).endsWith("/api-key-quota");
        assertThat(p.get("title").asString()).isEqualTo("Przekroczony limit zapytań");
        assertThat(p.get("perMinute").asInt()).isEqualTo(3);
        HttpResponse<String> refusedEn = send(to("/api/3/action/package_list").header(ApiKeyFilter.HEADER, secret)
                .header("Accept-Language", "en"));
        assertThat(refusedEn.statusCode()).isEqualTo(429);
        assertThat(json.readTree(refusedEn.body()).get("title").asString()).isEqualTo("Request quota exceeded");

        // without a key, reading stays open: many more requests than the key's quota, all answered
        for (int i = 0; i < 20; i++) {
            assertThat(send(to("/api/3/action/package_list")).statusCode()).isEqualTo(200);
        }

        // counted per key: 3 answered, 2 refused today
        keys.flush();
        assertThat(jdbc.sql("SELECT answered || '/' || refused FROM api_key_usage WHERE key_id = ? AND day = (now() AT TIME ZONE 'UTC')::date")
                .param(id).query(String.class).single()).isEqualTo("3/2");
        JsonNode mine = null;
        for (JsonNode n : json.readTree(send(to("/api/admin/api-keys").header("Authorization", auth)).body())) {
            if (n.get("id").asLong() == id) {
                mine = n;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("answeredToday").asLong()).isEqualTo(3);
        assertThat(mine.get("refusedToday").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name IN ('api_key', 'api_key_usage') "
                + "AND (column_name LIKE '%ip%' OR column_name LIKE '%agent%' OR column_name LIKE '%addr%')")
                .query(Long.class).single()).as("nothing about who sent the requests").isZero();

        // unknown and revoked keys: 401 problem
        HttpResponse<String> unknown = send(to("/api/3/action/package_list").header(ApiKeyFilter.HEADER, "m4k_nope"));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json.readTree(unknown.body()).get("title").asString()).isEqualTo("Nieznany klucz API");
        assertThat(send(to("/api/admin/api-keys/" + id).header("Authorization", auth).DELETE()).statusCode()).isEqualTo(204);
        assertThat(send(to("/api/3/action/package_list").header(ApiKeyFilter.HEADER, secret)).statusCode()).isEqualTo(401);
    }

    @Test
    void theDayQuotaHoldsAcrossMinutes() {
        ApiKeys.Window w = new ApiKeys.Window();
        long t = 1_800_000_000_000L - (1_800_000_000_000L % 86_400_000L) + 3_600_000L; // 01:00 UTC
        assertThat(w.take(t, 2, 3)).isEmpty();
        assertThat(w.take(t + 1, 2, 3)).isEmpty();
        assertThat(w.take(t + 2, 2, 3)).as("third in the same minute").contains(60L);
        assertThat(w.take(t + 60_000, 2, 3)).as("next minute").isEmpty();
        // the day's quota (3) is used up: wait until 00:00 UTC, 23 h minus one minute away
        assertThat(w.take(t + 120_000, 2, 3)).contains(23 * 3600L - 120);
        assertThat(w.take(t + 23 * 3_600_000L, 2, 3)).as("a new UTC day").isEmpty();
    }
}
