package pl.miasto4.app.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import pl.miasto4.app.observation.ObservationRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The demo index: a quality-of-life index of the 66 cities with county rights, built from the
 * catalogue indicators the demo data (GUS BDL, GIOŚ) covers and whose direction is known
 * ({@code index/demo/quality-of-life.json}). Saved once, after the demo data is loaded, so the
 * index pages have something real to show; no number in it is made up.
 */
@Component
public class IndexDemo {
    private static final Logger log = LoggerFactory.getLogger(IndexDemo.class);
    static final String RESOURCE = "index/demo/quality-of-life.json";

    private final IndexService service;
    private final IndexBuildRepository builds;
    private final ObservationRepository observations;
    private final boolean cli;
    private final boolean loadDemo;

    public IndexDemo(IndexService service, IndexBuildRepository builds, ObservationRepository observations, @Value("${miasto.cli:false}") boolean cli,
                     @Value("${miasto.demo.load-on-start:false}") boolean loadDemo) {
        this.service = service;
        this.builds = builds;
        this.observations = observations;
        this.cli = cli;
        this.loadDemo = loadDemo;
    }

    /** The demo's build request. */
    public static BuildRequest definition() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, BuildRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs after the application runners (the demo data is loaded by then). */
    @EventListener(ApplicationReadyEvent.class)
    public void saveIfMissing() {
        if (cli || !loadDemo) {
            return;
        }
        BuildRequest demo = definition();
        boolean exists = builds.exists(demo.name());
        boolean data = observations.hasValues(demo.selection().indicators().get(0).code());
        if (exists || !data) {
            return;
        }
        long id = service.save(demo, "system");
        log.info("Demo index saved as build {}: {}", id, demo.name());
    }
}
