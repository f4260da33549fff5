package pl.miasto4.app.db;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has shipped is never edited: Flyway keeps each applied migration's checksum and
 * refuses to start a database whose migration files changed (every existing installation would stop).
 * A change to the schema goes into a new migration. {@code released-migrations.sha256} lists the
 * SHA-256 of every migration file; a new migration gets its line in the same commit.
 */
class ReleasedMigrationsTest {

    @Test
    void shippedMigrationsAreUnchanged() throws Exception {
        Map<String, String> released = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/released-migrations.sha256")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] p = line.trim().split("\\s+");
                    released.put(p[1], p[0]);
                }
            }
        }
        assertThat(released).isNotEmpty();
        // every migration is listed, so none can change unnoticed once it has run anywhere
        java.nio.file.Path dir = java.nio.file.Path.of(getClass().getResource("/db/migration").toURI());
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList())
                    .as("migrations missing from released-migrations.sha256").allMatch(released::containsKey);
        }
        for (Map.Entry<String, String> e : released.entrySet()) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/" + e.getKey())) {
                assertThat(in).as("shipped migration %s is missing", e.getKey()).isNotNull();
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                assertThat(sha).as("%s was edited after it shipped; put the change in a new migration", e.getKey())
                        .isEqualTo(e.getValue());
            }
        }
    }
}
