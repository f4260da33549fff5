package pl.miasto4.app.pb.counting;

import pl.miasto4.app.cli.InputRejectedException;
import pl.miasto4.pb.PabulibFile;
import pl.miasto4.pb.PabulibFormatException;
import pl.miasto4.pb.PabulibReader;
import pl.miasto4.pb.rules.Rule;
import pl.miasto4.pb.rules.Rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finding and reading {@code .pb} files for the pb commands; unreadable input becomes exit code 1. */
public final class PbFiles {
    private PbFiles() {
    }

    public static PabulibFile read(Path path) {
        try {
            return PabulibReader.read(path);
        } catch (PabulibFormatException e) {
            throw new InputRejectedException(e.source() + ": line " + e.line() + ": " + e.reason());
        } catch (IOException e) {
            throw new InputRejectedException(path + ": cannot read: " + e.getMessage());
        }
    }

    /** The {@code .pb} files named, and those under the directories named, each list sorted by path. */
    public static List<Path> collect(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".pb"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new InputRejectedException(p + ": no such file or directory");
            }
        }
        return files;
    }

    /** The rule named by --rule, or the one the file names. */
    public static Rule rule(String option, PabulibFile file) {
        String name = option != null ? option : file.instance().rule();
        return Rules.byName(name).orElseThrow(() -> new InputRejectedException(
                (option != null ? "unknown rule '" : file.source() + ": the file names rule '") + name
                        + "', which this engine does not know; choose one with --rule: "
                        + String.join(", ", Rules.names())));
    }
}
