package pl.miasto4.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code miasto bench pb} as a user runs it: it prints the times and totals and exits with 0. */
class PbBenchCommandTest {
    static final Path DATA = Path.of("../core/src/test/resources/pabulib");

    @Test
    void benchPrintsTimesAndTotals() {
        CommandLine cl = new CommandLine(new BenchCommand());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("pb", DATA.resolve("Poland_Lodz_2022_Nr_33.pb").toString(), "--iterations", "1",
                "--warmup", "0");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Poland_Lodz_2022_Nr_33.pb", "total parse", "total file",
                "total equalshares/add1-utilitarian", "check pass");
    }
}
