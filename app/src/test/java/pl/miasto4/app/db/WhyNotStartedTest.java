package pl.miasto4.app.db;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reason a failed start of the embedded PostgreSQL gives is the one its log states for that attempt. */
class WhyNotStartedTest {

    @Test
    void thePortConflictOfTheLastAttemptIsNamed() {
        // a real log: an earlier clean run, then a start that could not bind its port
        List<String> log = List.of(
                "2026-11-25 16:28:24.983 UTC [8352] LOG:  database system is ready to accept connections",
                "2026-11-25 16:29:40.344 UTC [8352] LOG:  database system is shut down",
                "waiting for server to start....2026-11-25 16:39:02.193 UTC [12136] LOG:  starting PostgreSQL 17.7 on x86_64-pc-linux-gnu",
                "2026-11-25 16:39:02.194 UTC [12136] LOG:  could not bind IPv4 address \"127.0.0.1\": Address already in use",
                "2026-11-25 16:39:02.194 UTC [12136] HINT:  Is another postmaster already running on port 54402? If not, wait a few seconds and retry.",
                "2026-11-25 16:39:02.194 UTC [12136] WARNING:  could not create listen socket for \"localhost\"",
                "2026-11-25 16:39:02.194 UTC [12136] FATAL:  could not create any TCP/IP sockets",
                "2026-11-25 16:39:02.202 UTC [12136] LOG:  database system is shut down",
                " stopped waiting",
                "pg_ctl: could not start server");
        assertThat(EmbeddedPostgresServer.whyNotStarted(log)).isEqualTo(
                "could not bind IPv4 address \"127.0.0.1\": Address already in use; could not create listen socket for "
                        + "\"localhost\"; could not create any TCP/IP sockets");
        assertThat(EmbeddedPostgresServer.whyNotStarted(log.subList(0, 2))).isEmpty();
    }
}
