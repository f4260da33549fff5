package pl.miasto4.app.connect.bdl;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared real data ({@code shared/data} beside the checkout: {@code /work/shared/data} for
 * {@code /work/main} and for worktrees under {@code /work/wt}), or the folder named by
 * {@code MIASTO_SHARED_DATA}. Tests that compare with it fail, never skip, when it is missing.
 */
final class SharedData {
    private SharedData() {
    }

    static Path gusBdl() {
        String env = System.getenv("MIASTO_SHARED_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env, "gus-bdl");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/gus-bdl");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("shared/data/gus-bdl not found above " + Path.of("").toAbsolutePath()
                + "; set MIASTO_SHARED_DATA to the shared data folder");
    }
}
