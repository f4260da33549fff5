package pl.miasto4.app.importing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

@Controller
public class ImportPage {
    private final ImportService imports;
    private final ImportBatchRepository batches;
    private final pl.miasto4.app.security.UserRepository accounts;

    public ImportPage(ImportService imports, ImportBatchRepository batches, pl.miasto4.app.security.UserRepository accounts) {
        this.accounts = accounts;
        this.imports = imports;
        this.batches = batches;
    }

    /** "VARIABLE=INDICATOR" lines of a form field. */
    static Map<String, String> pairs(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                int eq = line.lastIndexOf('=');
                if (eq > 0 && eq < line.length() - 1) {
                    out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        }
        return out;
    }

    @GetMapping("/import")
    public String form(Model model) {
        model.addAttribute("batches", batches.recent());
        return "import";
    }

    @PostMapping("/import")
    public String upload(@RequestParam("file") MultipartFile file, @RequestParam(name = "meta", required = false) MultipartFile meta,
                         @RequestParam(name = "period", required = false) String period,
                         @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                         @RequestParam(name = "map", required = false) String map,
                         @RequestParam(name = "newIndicator", required = false) String newIndicator,
                         @RequestParam(name = "createUnits", required = false) String createUnits,
                         Principal principal, Locale locale, Model model) throws IOException {
        model.addAttribute("batches", batches.recent());
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("error", "import.nofile");
            return "import";
        }
        model.addAttribute("report", imports.importUpload(file.getOriginalFilename(), file,
                meta == null || meta.isEmpty() ? null : java.util.Objects.requireNonNullElse(meta.getOriginalFilename(), ""), meta, period, dryRun, principal.getName(),
                new SourceOptions(pairs(map), pairs(newIndicator), locale), createUnits == null || createUnits.isBlank() ? null : createUnits,
                accounts.importScope(principal.getName())));
        return "import";
    }
}
