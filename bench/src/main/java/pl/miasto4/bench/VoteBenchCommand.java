package pl.miasto4.bench;

import pl.miasto4.app.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;

@Command(name = "vote", mixinStandardHelpOptions = true,
        description = {"Voting load: starts a Miasto server in a separate process on a fresh embedded PostgreSQL "
                + "(fsync and synchronous commit on), opens an edition on Kraków 2022's projects with synthetic "
                + "voters, and votes over HTTP from client threads. Prints accepted ballots per second and latency "
                + "percentiles. With --kill-at, the server is killed with SIGKILL when that share of the voters has "
                + "voted, started again, and the vote goes on; at the end the vote is closed and every acknowledged "
                + "receipt is checked: lost and duplicated ballots are counted (both must be 0).",
                "The load generator runs on the same machine and takes CPU from the server."})
public class VoteBenchCommand implements Callable<Integer> {
    @Option(names = "--voters", description = "Voters in the register, each votes once (default: ${DEFAULT-VALUE}).",
            defaultValue = "60000")
    int voters;

    @Option(names = "--clients", description = "Concurrent client connections (default: ${DEFAULT-VALUE}).",
            defaultValue = "48")
    int clients;

    @Option(names = "--kill-at", description = "Share of voters after which the server is killed with SIGKILL and "
            + "restarted; 0 for no kill (default: ${DEFAULT-VALUE}).", defaultValue = "0.5")
    double killAt;

    @Option(names = "--warmup", description = "Accepted ballots not measured at the start of each phase (default: "
            + "${DEFAULT-VALUE}).", defaultValue = "3000")
    int warmup;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path home = Files.createTempDirectory("miasto-bench-vote-");
        try {
            VoteLoad.Report r = VoteLoad.run(new VoteLoad.Options(voters, clients, killAt, warmup, home, out));
            out.println();
            out.printf("voters %d, clients %d, cores %d%n", r.voters(), clients, Runtime.getRuntime().availableProcessors());
            print(out, r.killed() ? "before the kill" : "steady", r.before());
            if (r.killed()) {
                out.printf("kill -9 and restart: %.1f s without a server%n", r.downSeconds());
                print(out, "after the restart", r.after());
            }
            out.printf("acknowledged %d, stored before the kill without an answer %d, counted %d%n", r.acknowledged(),
                    r.recoveredAfterKill(), r.counted());
            out.printf("lost %d, duplicated %d, unexpected answers %d%n", r.lost(), r.duplicated(), r.unexpected());
            out.flush();
            return r.lost() == 0 && r.duplicated() == 0 && r.unexpected() == 0 ? ExitCode.OK : ExitCode.REJECTED;
        } finally {
            try (var files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void print(PrintWriter out, String name, VoteLoad.Phase p) {
        out.printf("%-18s %7d ballots in %6.1f s: %7.0f accepted/s; latency ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                name, p.ballots(), p.seconds(), p.perSecond(), p.p50(), p.p95(), p.p99(), p.max());
    }
}
