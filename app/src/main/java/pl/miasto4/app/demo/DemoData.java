package pl.miasto4.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import pl.miasto4.app.observation.ObservationRepository;
import org.springframework.stereotype.Component;
import pl.miasto4.app.connect.DemoSources;
import pl.miasto4.app.importing.ImportOptions;
import pl.miasto4.app.importing.ImportReport;
import pl.miasto4.app.importing.ImportService;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo data: real figures for the 66 cities with county rights (GUS BDL, GIOŚ), each with
 * its source, loaded through the same import path as any user's file. Built from the project's
 * shared data by {@code tools/demo/build_demo.py}; nothing in it is invented. Then the sources that flow in
 * through connectors ({@link DemoSources}: participatory budgets, PKW elections, Kraków's GTFS).
 */
@Component
public class DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    public static final List<String> FILES = List.of("gus_bdl_cities66.csv", "gus_bdl_panels_cities66.csv", "gios_air_cities66.csv");

    private final ImportService imports;
    private final ObservationRepository observations;
    private final DemoGoals goals;
    private final DemoSources sources;

    public DemoData(ImportService imports, ObservationRepository observations, DemoGoals goals, DemoSources sources) {
        this.imports = imports;
        this.observations = observations;
        this.goals = goals;
        this.sources = sources;
    }

    public void loadIfEmpty() {
        if (observations.anyCurrent()) {
            return;
        }
        load();
    }

    public List<ImportReport> load() {
        List<ImportReport> reports = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
                Path tmp = Files.createTempFile("miasto-demo-", ".csv");
                try {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    ImportReport r = imports.importFile(tmp, name, ImportOptions.of("demo"));
                    reports.add(r);
                    if (r.rejected()) {
                        log.error("Demo file {} was rejected: {}", name, r.problems());
                    } else {
                        log.info("Demo data: {}", r.summary());
                    }
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the demo file " + name, e);
            }
        }
        // after the GUS files: the connectors divide by the population and area those hold
        sources.load();
        int targets = goals.load();
        log.info("Demo goals: {} targets", targets);
        return reports;
    }
}
