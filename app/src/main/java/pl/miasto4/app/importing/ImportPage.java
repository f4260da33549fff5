package pl.miasto4.app.importing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.security.Principal;

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

    @GetMapping("/import")
    public String form(Model model) {
        model.addAttribute("batches", batches.recent());
        return "import";
    }

    @PostMapping("/import")
    public String upload(@RequestParam("file") MultipartFile file, @RequestParam(name = "meta", required = false) MultipartFile meta,
                         @RequestParam(name = "period", required = false) String period,
                         @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                         Principal principal, Model model) throws IOException {
        model.addAttribute("batches", batches.recent());
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("error", "import.nofile");
            return "import";
        }
        model.addAttribute("report", imports.importUpload(file.getOriginalFilename(), file,
                meta == null || meta.isEmpty() ? null : java.util.Objects.requireNonNullElse(meta.getOriginalFilename(), ""), meta, period, dryRun, principal.getName(),
                accounts.importScope(principal.getName())));
        return "import";
    }
}
