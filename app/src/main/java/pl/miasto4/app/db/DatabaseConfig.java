package pl.miasto4.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * Chooses the database: an external PostgreSQL when {@code MIASTO_DB_URL} is set, otherwise the
 * embedded one kept in {@code MIASTO_HOME/pgdata}. Both get the same Flyway migrations.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    @Bean(destroyMethod = "close")
    Database database(@Value("${miasto.db.url:}") String url,
                      @Value("${miasto.db.user:}") String user,
                      @Value("${miasto.db.password:}") String password,
                      @Value("${miasto.db.port:54329}") int port,
                      @Value("${miasto.home:}") String home) {
        if (!url.isBlank()) {
            return Database.external(url, user, password);
        }
        return Database.embedded(EmbeddedPostgresServer.acquire(MiastoHome.resolve(home), port));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(Database database, @Value("${miasto.db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("miasto");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "miasto");
        return new HikariDataSource(config);
    }

    /** Where the database lives and how to reach it; closing it leaves the embedded server. */
    public record Database(String url, String user, String password, EmbeddedPostgresServer embedded) implements AutoCloseable {
        @Override
        public String toString() {
            return "Database[" + url + ", user " + user + "]"; // never the password
        }

        static Database external(String url, String user, String password) {
            return new Database(url, user, password, null);
        }

        static Database embedded(EmbeddedPostgresServer server) {
            return new Database(server.jdbcUrl(), server.user(), server.password(), server);
        }

        public boolean isEmbedded() {
            return embedded != null;
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** Miasto's home directory: {@code MIASTO_HOME}, or {@code ~/.miasto}. */
    public static final class MiastoHome {
        private MiastoHome() {
        }

        public static Path resolve(String configured) {
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured).toAbsolutePath();
            }
            return Path.of(System.getProperty("user.home"), ".miasto");
        }
    }
}
