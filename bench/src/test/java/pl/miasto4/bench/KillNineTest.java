package pl.miasto4.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost: the server runs in a separate JVM (as {@code miasto serve} does), residents vote over
 * HTTP, the server is killed with SIGKILL while ballots are arriving, started again, and the vote goes
 * on. After closing, every acknowledged receipt is counted, no voter has two ballots, and the ballots
 * counted are exactly the acknowledged ones plus those stored in the instant before the kill (whose
 * answer never arrived, so their retry was told "already voted").
 */
@Tag("system")
class KillNineTest {
    @TempDir
    Path home;

    @Test
    void everyAcknowledgedBallotSurvivesKillMinusNine() throws Exception {
        StringWriter log = new StringWriter();
        VoteLoad.Report r = VoteLoad.run(new VoteLoad.Options(1500, 12, 0.5, 0, home, new PrintWriter(log, true)));
        assertThat(r.killed()).as(log.toString()).isTrue();
        assertThat(r.acknowledged()).as(log.toString()).isGreaterThan(1400);
        assertThat(r.lost()).as(log.toString()).isZero();
        assertThat(r.duplicated()).as(log.toString()).isZero();
        assertThat(r.unexpected()).as(log.toString()).isZero();
        assertThat(r.counted()).as(log.toString()).isEqualTo(r.acknowledged() + r.recoveredAfterKill());
        assertThat(r.counted()).as("every voter voted exactly once").isEqualTo(1500);
        assertThat(r.after().ballots()).as("voting went on after the restart").isGreaterThan(0);
    }
}
