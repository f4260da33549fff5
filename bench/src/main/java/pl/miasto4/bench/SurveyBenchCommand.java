package pl.miasto4.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import pl.miasto4.app.cli.ExitCode;

import java.util.concurrent.Callable;

/**
 * {@code miasto bench survey}: the survey engine's figures (issue 15): raking 1,000,000 SYNTHETIC
 * respondents to 3 margins of 20 levels and 10 means with linearised SEs, and R's {@code rake} +
 * {@code svymean} on the same file where R is installed, with the ratio and the agreement.
 */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = "Raking 1,000,000 SYNTHETIC respondents to 3 margins + 10 means with SEs; R's rake + svymean on the same file.")
public class SurveyBenchCommand implements Callable<Integer> {
    @Option(names = "--respondents", defaultValue = "1000000", description = "respondents (default: ${DEFAULT-VALUE})")
    int respondents;
    @Option(names = "--runs", defaultValue = "5", description = "timed runs after a warm-up; the median is reported (default: ${DEFAULT-VALUE})")
    int runs;
    @Option(names = "--no-r", description = "skip R even where it is installed")
    boolean noR;

    @Override
    public Integer call() throws Exception {
        System.out.printf("machine: %d processors, max heap %d MiB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        SurveyBenchmark.run(respondents, runs, !noR, System.out);
        return ExitCode.OK;
    }
}
