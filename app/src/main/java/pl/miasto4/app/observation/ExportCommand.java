package pl.miasto4.app.observation;

import pl.miasto4.app.cli.ExitCode;
import org.springframework.context.ConfigurableApplicationContext;
import pl.miasto4.app.cli.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export observations as long-format CSV (the format 'miasto import' reads back).")
public class ExportCommand implements Callable<Integer> {

    @Option(names = "--unit", split = ",", description = "Unit codes (default: all).")
    List<String> units = List.of();

    @Option(names = "--indicator", split = ",", description = "Indicator codes (default: all).")
    List<String> indicators = List.of();

    @Option(names = "--dimension", description = "Only indicators of this dimension, e.g. mobility.")
    String dimension;

    @Option(names = "--from", description = "First period, e.g. 2015.")
    String from;

    @Option(names = "--to", description = "Last period, e.g. 2023.")
    String to;

    @Option(names = "--as-of", description = "What the store knew at this moment (ISO date-time, e.g. 2026-01-31T12:00:00Z).")
    OffsetDateTime asOf;

    @Option(names = "--excel-pl", description = "';' separated, decimal commas, BOM: opens directly in Excel with Polish settings.")
    boolean excelPl;

    @Option(names = {"-o", "--out"}, description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ObservationQuery q = new ObservationQuery(units, indicators, dimension, from, to, asOf, 0, Integer.MAX_VALUE);
        for (String p : new String[]{from, to}) {
            if (p != null && !pl.miasto4.indicator.Period.parse(p).ok()) {
                System.err.println("miasto export: bad period '" + p + "': " + pl.miasto4.indicator.Period.parse(p).error());
                return ExitCode.USAGE;
            }
        }
        try (ConfigurableApplicationContext ctx = AppContext.open();
             Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long n = ctx.getBean(ObservationCsv.class).write(q, w,
                    excelPl ? ObservationCsv.Dialect.EXCEL_PL : ObservationCsv.Dialect.STANDARD);
            w.flush();
            if (out != null) {
                System.err.println("exported " + n + " observations to " + out);
            }
        }
        return ExitCode.OK;
    }
}
