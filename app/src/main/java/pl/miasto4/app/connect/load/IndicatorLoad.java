package pl.miasto4.app.connect.load;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last step every connector shares: its values, written as a long-format file (unit, indicator,
 * period, value, source), go through the store's own all-or-nothing import ({@link ImportService}),
 * so a connector's values are validated, versioned and recorded as a batch exactly as a user's file.
 */
@Service
public class IndicatorLoad {
    private final ImportService imports;

    public IndicatorLoad(ImportService imports) {
        this.imports = imports;
    }

    /** Imports the values (or checks them, dry run); null when there are none. */
    public ImportReport load(String connector, List<IndicatorValue> values, boolean dryRun, String username) {
        if (values.isEmpty()) {
            return null;
        }
        Path file = null;
        try {
            file = Files.createTempFile("miasto-connect-" + connector + "-", ".csv");
            write(values, file);
            return imports.importFile(file, "connect-" + connector + ".csv",
                    ImportOptions.of(username).withDryRun(dryRun));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the values of connector " + connector, e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    static void write(List<IndicatorValue> values, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            p.printRecord("unit", "indicator", "period", "value", "source");
            for (IndicatorValue v : values) {
                p.printRecord(v.unit(), v.indicator(), v.period(), v.value().toPlainString(), v.source());
            }
        }
    }
}
