package pl.miasto4.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.miasto4.app.connect.load.ConnectMessages;
import pl.miasto4.app.connect.load.ConnectorRun;
import pl.miasto4.app.connect.pb.PbConnector;
import pl.miasto4.app.pb.results.EditionCounted;

import java.util.Locale;

/**
 * Wiring that neither feature may hold (pb must not know the connectors that read it): when an
 * edition run here is closed and counted, its figures become indicators at once. A failure here is
 * logged and never undoes the count; {@code miasto connect pb} repeats it.
 */
@Component
class CountedEditionIndicators {
    private static final Logger log = LoggerFactory.getLogger(CountedEditionIndicators.class);

    private final PbConnector connector;

    CountedEditionIndicators(PbConnector connector) {
        this.connector = connector;
    }

    @EventListener
    void on(EditionCounted counted) {
        try {
            ConnectorRun run = connector.run(counted.editionSlug(), false, "system");
            String summary = new ConnectMessages(Locale.ENGLISH).summary(run);
            if (run.rejected()) {
                log.error("The indicators of edition {} were refused: {}", counted.editionSlug(), summary);
            } else {
                log.info("Edition {} counted: {}", counted.editionSlug(), summary);
            }
        } catch (RuntimeException e) {
            log.error("The indicators of edition {} failed; run `miasto connect pb --edition {}`", counted.editionSlug(),
                    counted.editionSlug(), e);
        }
    }
}
