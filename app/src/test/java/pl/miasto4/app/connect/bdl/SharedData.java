package pl.miasto4.app.connect.bdl;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real GUS BDL files the tests compare with: a byte-for-byte copy of the project's shared
 * {@code shared/data/gus-bdl} (raw files as downloaded, the tidied 66-city table, PROVENANCE.md) kept in
 * {@code src/test/resources/gus-bdl}, so that a clone anywhere runs them; {@code MIASTO_SHARED_DATA}
 * names another shared-data folder instead. Tests that compare with it fail, never skip, when it is missing.
 */
final class SharedData {
    private SharedData() {
    }

    static Path gusBdl() {
        String env = System.getenv("MIASTO_SHARED_DATA");
        Path p = env != null && !env.isBlank() ? Path.of(env, "gus-bdl")
                : Path.of("src/test/resources/gus-bdl").toAbsolutePath();
        if (!Files.isDirectory(p.resolve("raw"))) {
            throw new AssertionError("GUS BDL files not found in " + p + "; set MIASTO_SHARED_DATA to the shared data folder");
        }
        return p;
    }
}
