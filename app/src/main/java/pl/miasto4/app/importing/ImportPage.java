package pl.miasto4.app.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;

@Controller
public class ImportPage {
    private final ImportService imports;
    private final JdbcClient jdbc;

    public ImportPage(ImportService imports, JdbcClient jdbc) {
        this.imports = imports;
        this.jdbc = jdbc;
    }

    @GetMapping("/import")
    public String form(Model model) {
        model.addAttribute("batches", recentBatches(jdbc));
        return "import";
    }

    @PostMapping("/import")
    public String upload(@RequestParam("file") MultipartFile file, @RequestParam(name = "meta", required = false) MultipartFile meta,
                         @RequestParam(name = "period", required = false) String period,
                         @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                         Principal principal, Model model) throws IOException {
        model.addAttribute("batches", recentBatches(jdbc));
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("error", "import.nofile");
            return "import";
        }
        model.addAttribute("report", runUpload(imports, file, meta, period, dryRun, principal.getName()));
        return "import";
    }

    /** Saves the uploads to temporary files (the readers need to read a file twice) and imports. */
    static ImportReport runUpload(ImportService imports, MultipartFile file, MultipartFile meta, String period, boolean dryRun,
                                  String username) throws IOException {
        Path dir = Files.createTempDirectory("miasto-upload-");
        try {
            String name = safeName(file.getOriginalFilename(), "upload");
            Path data = dir.resolve(name);
            file.transferTo(data);
            Path metaPath = null;
            if (meta != null && !meta.isEmpty()) {
                metaPath = dir.resolve("meta-" + safeName(meta.getOriginalFilename(), "meta"));
                meta.transferTo(metaPath);
            }
            ImportOptions options = new ImportOptions(dryRun, username, null, metaPath,
                    period == null || period.isBlank() ? null : period.strip(), null);
            return imports.importFile(data, name, options);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String safeName(String original, String fallback) {
        if (original == null || original.isBlank()) {
            return fallback;
        }
        String base = Path.of(original.replace('\\', '/')).getFileName().toString();
        return base.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    }

    /** One import batch as the list of recent imports shows it. */
    public record Batch(long id, String fileName, String username, java.time.OffsetDateTime finishedAt, long rowsRead,
                        long inserted, long superseded, long unchanged) {
    }

    static List<Batch> recentBatches(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT id, file_name, username, finished_at, rows_read, inserted, superseded, unchanged
                FROM import_batch ORDER BY id DESC LIMIT 20""")
                .query((rs, n) -> new Batch(rs.getLong("id"), rs.getString("file_name"), rs.getString("username"),
                        rs.getObject("finished_at", java.time.OffsetDateTime.class), rs.getLong("rows_read"),
                        rs.getLong("inserted"), rs.getLong("superseded"), rs.getLong("unchanged")))
                .list();
    }
}
