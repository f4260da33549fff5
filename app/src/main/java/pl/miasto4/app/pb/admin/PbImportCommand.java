package pl.miasto4.app.pb.admin;

import pl.miasto4.app.pb.counting.PbFiles;

import pl.miasto4.app.cli.ExitCode;
import org.springframework.context.ConfigurableApplicationContext;
import pl.miasto4.app.cli.AppContext;
import pl.miasto4.app.cli.InputRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Store past editions from pabulib files: each file becomes a pool (citywide or a district) of the "
                + "edition its unit and instance name, so a directory of a city's files becomes its editions at once.",
                "All or nothing: a malformed file (file: line N: reason) changes nothing. An identical file again is "
                        + "a no-op; a changed one replaces its pool."})
public class PbImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".pb files or directories (searched recursively).")
    List<Path> paths;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<PbImport.Upload> uploads = new ArrayList<>();
        for (Path p : PbFiles.collect(paths)) {
            try {
                uploads.add(new PbImport.Upload(p.getFileName().toString(), Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (uploads.isEmpty()) {
            throw new InputRejectedException("no .pb files in " + paths);
        }
        try (ConfigurableApplicationContext ctx = AppContext.open()) {
            PbImport.Report report = ctx.getBean(PbImport.class).importFiles(uploads, pl.miasto4.app.cli.CliUser.osAccount());
            PrintWriter out = spec.commandLine().getOut();
            if (report.rejected()) {
                throw new InputRejectedException(String.join("\n", report.problems()) + "\nnothing was imported");
            }
            for (PbImport.FileResult f : report.files()) {
                out.println(f.file() + "\t" + f.status() + "\t" + f.edition() + "/" + f.pool() + "\t" + f.projects()
                        + " projects\t" + f.ballots() + " ballots");
            }
            out.flush();
        }
        return ExitCode.OK;
    }
}
