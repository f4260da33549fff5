package pl.miasto4.app.connect.gtfs;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.app.connect.load.ConnectOptions;
import pl.miasto4.app.connect.load.ConnectOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "gtfs", mixinStandardHelpOptions = true,
        description = {"GTFS feeds -> mobility indicators of one city: stops and lines by mode, stops per km², trips on a "
                + "typical weekday, the share of the city's area within 500 m of a bus or tram stop, and, where "
                + "stop_times.txt exists, stops by frequency class. The summary says what the feeds do not allow.",
                "All or nothing; exit 1 when refused."})
public class GtfsConnectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FEED", arity = "1..*", description = "GTFS feeds (folders or zip files) of the city's public transport.")
    List<Path> feeds;

    @Option(names = "--unit", required = true, description = "The city's unit code, e.g. 1261011 (Kraków).")
    String unit;

    @Option(names = "--boundary", required = true, description = "GeoJSON file of administrative boundaries (WGS84).")
    Path boundary;

    @Option(names = "--boundary-name", required = true, description = "The city's feature name in it, e.g. 'powiat Kraków'.")
    String boundaryName;

    @Mixin
    ConnectOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(boundary)) {
            throw new InputRejectedException(boundary + ": no such file");
        }
        try (ConfigurableApplicationContext ctx = AppContext.open(); InputStream in = Files.newInputStream(boundary)) {
            GtfsConnector.Request request = new GtfsConnector.Request(feeds, unit, in, boundary.getFileName().toString(),
                    boundaryName, options.dryRun, ConnectOptions.user());
            return ConnectOutput.finish(ctx.getBean(GtfsConnector.class).run(request), options.lang, spec.commandLine().getOut());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
