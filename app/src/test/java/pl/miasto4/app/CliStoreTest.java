package pl.miasto4.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import pl.miasto4.app.MiastoCommand;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@code miasto} commands in this JVM against the database of the server under test, with
 * standard output and error captured: how a user runs the CLI while the server is up.
 */
public abstract class CliStoreTest extends StoreTest {
    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutputAndShareTheDatabase() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        // the CLI reads the same settings as the server under test: same database
        if (System.getProperty("miasto.test.db.url", "").isBlank()) {
            System.setProperty("miasto.home", HOME.toString());
            System.setProperty("miasto.db.port", "0");
        } else {
            System.setProperty("miasto.db.url", System.getProperty("miasto.test.db.url"));
            System.setProperty("miasto.db.user", System.getProperty("miasto.test.db.user", ""));
            System.setProperty("miasto.db.password", System.getProperty("miasto.test.db.password", ""));
        }
    }

    @AfterEach
    void restoreOutputAndSettings() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        for (String p : new String[]{"miasto.home", "miasto.db.port", "miasto.db.url", "miasto.db.user", "miasto.db.password"}) {
            System.clearProperty(p);
        }
    }

    /** Runs one command line and returns its exit code; {@link #out} and {@link #err} hold what it printed. */
    protected int run(String... args) {
        out.reset();
        err.reset();
        return MiastoCommand.commandLine().execute(args);
    }
}
