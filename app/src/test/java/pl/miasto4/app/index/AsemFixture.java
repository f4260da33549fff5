package pl.miasto4.app.index;

import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * COINr's ASEM example as the index tests import it: the same values, but its countries coded
 * {@code X-AUT}, {@code X-BEL}… and the framework named {@value #FRAMEWORK}, so the tests share the
 * store with ImportStoreTest (which imports the original and expects its countries to be new).
 */
public final class AsemFixture {
    public static final String FRAMEWORK = "asemtest";
    static final Path EX = Path.of("..", "examples", "index").toAbsolutePath().normalize();
    private static final Path DIR = Path.of("target", "asem-fixture").toAbsolutePath();

    private AsemFixture() {
    }

    public static Path data() {
        return write("asem_iData.csv", FRAMEWORK + "_iData.csv", true);
    }

    public static Path meta() {
        return write("asem_iMeta.csv", FRAMEWORK + "_iMeta.csv", false);
    }

    /** Imports the copy (a no-op once it is in the store). */
    public static void importInto(ImportService imports) {
        Path data = data();
        meta();
        ImportReport r = imports.importFile(data, data.getFileName().toString(), new ImportOptions(false, "test", null, null, null, "country"));
        assertThat(r.status()).as(r.summary()).isIn(ImportReport.Status.IMPORTED, ImportReport.Status.NO_CHANGES);
    }

    /** The original file with the uCode column prefixed (data), or as it is (meta). */
    private static synchronized Path write(String original, String name, boolean prefixCodes) {
        try {
            Files.createDirectories(DIR);
            Path out = DIR.resolve(name);
            List<String> lines = Files.readAllLines(EX.resolve(original));
            List<String> written = new ArrayList<>();
            int col = -1;
            for (String line : lines) {
                if (!prefixCodes) {
                    written.add(line);
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (col < 0) {
                    for (int j = 0; j < cells.length; j++) {
                        if (cells[j].replace("\"", "").equals("uCode")) {
                            col = j;
                        }
                    }
                } else {
                    cells[col] = cells[col].startsWith("\"") ? "\"X-" + cells[col].substring(1) : "X-" + cells[col];
                }
                written.add(String.join(",", cells));
            }
            Files.write(out, written);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
