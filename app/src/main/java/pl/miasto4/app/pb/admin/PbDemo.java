package pl.miasto4.app.pb.admin;

import pl.miasto4.app.pb.results.PbRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The demo editions: Kraków's participatory budgets 2018–2022 (citywide, and two districts in 2020)
 * as published in pabulib, unchanged (see {@code demo/pabulib/PROVENANCE.md}), imported through the
 * same path as any city's files when the web server starts on a store without editions.
 */
@Component
@Order(100)
public class PbDemo implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(PbDemo.class);

    private final PbImport imports;
    private final PbRepository repository;
    private final boolean cli;
    private final boolean load;

    public PbDemo(PbImport imports, PbRepository repository, @Value("${miasto.cli:false}") boolean cli,
                  @Value("${miasto.demo.load-on-start:false}") boolean load) {
        this.imports = imports;
        this.repository = repository;
        this.cli = cli;
        this.load = load;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (cli || !load || repository.anyEdition()) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/pabulib/Poland_Krakow_*.pb");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        List<PbImport.Upload> uploads = new ArrayList<>();
        for (Resource r : files) {
            uploads.add(new PbImport.Upload(r.getFilename(), r.getContentAsByteArray()));
        }
        PbImport.Report report = imports.importFiles(uploads, "demo");
        if (report.rejected()) {
            log.error("The demo participatory-budget files were rejected: {}", report.problems());
        } else {
            log.info("Demo participatory budgets: {} files of Kraków", report.files().size());
        }
    }
}
