package pl.miasto4.app.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pl.miasto4.app.web.ApiProblem;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
public class ImportApi {
    private final ImportService imports;
    private final ImportBatchRepository batches;
    private final pl.miasto4.app.security.UserRepository accounts;

    public ImportApi(ImportService imports, ImportBatchRepository batches, pl.miasto4.app.security.UserRepository accounts) {
        this.accounts = accounts;
        this.imports = imports;
        this.batches = batches;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV or XLSX file (login required)",
            description = "All or nothing. 200 with the report when imported, unchanged or checked (dryRun=true); "
                    + "422 problem details listing every problem (line, column, value, reason) when rejected.")
    public ResponseEntity<ImportReport> importFile(@RequestPart("file") MultipartFile file,
                                                   @RequestPart(name = "meta", required = false) MultipartFile meta,
                                                   @RequestParam(required = false) String period,
                                                   @RequestParam(defaultValue = "false") boolean dryRun,
                                                   Principal principal) throws IOException {
        ImportReport report = imports.importUpload(file.getOriginalFilename(), file,
                meta == null || meta.isEmpty() ? null : java.util.Objects.requireNonNullElse(meta.getOriginalFilename(), ""), meta, period, dryRun, principal.getName(),
                accounts.importScope(principal.getName()));
        if (report.rejected()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "Import rejected",
                    report.file() + ": " + report.problemCount() + " problem(s); nothing was changed.",
                    Map.of("problems", report.problems(), "problemsByReason", report.problemsByReason(),
                            "format", report.format() == null ? "" : report.format()));
        }
        return ResponseEntity.ok(report);
    }

    @GetMapping
    @Operation(summary = "Recent import batches")
    public List<ImportBatchRepository.Batch> batches() {
        return batches.recent();
    }
}
