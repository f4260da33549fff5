package pl.miasto4.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import pl.miasto4.app.db.AdvisoryLocks;
import pl.miasto4.app.indicator.IndicatorRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.dataset.DatasetCatalogue;
import pl.miasto4.app.indicator.CatalogueService;
import pl.miasto4.app.security.AdminAccount;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Fills a new store: the default catalogue (units, indicators, the register of datasets) on every
 * start that finds it empty, and, for the web server, the first administrator and the demo data.
 */
@Component
public class StoreStartup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(StoreStartup.class);

    private final IndicatorRepository indicators;
    private final AdvisoryLocks locks;
    private final CatalogueService catalogue;
    private final DatasetCatalogue datasets;
    private final AdminAccount admin;
    private final DemoData demo;
    private final TransactionTemplate tx;
    private final boolean cli;
    private final boolean loadDemo;

    public StoreStartup(IndicatorRepository indicators, AdvisoryLocks locks, CatalogueService catalogue, DatasetCatalogue datasets, AdminAccount admin,
                        DemoData demo, TransactionTemplate tx, @Value("${miasto.cli:false}") boolean cli,
                        @Value("${miasto.demo.load-on-start:false}") boolean loadDemo) {
        this.indicators = indicators;
        this.locks = locks;
        this.catalogue = catalogue;
        this.datasets = datasets;
        this.admin = admin;
        this.demo = demo;
        this.tx = tx;
        this.cli = cli;
        this.loadDemo = loadDemo;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        seedCatalogue();
        if (!cli) {
            admin.ensureAdmin();
        }
        if (loadDemo && !cli) {
            demo.loadIfEmpty();
        }
    }

    /** Loads the shipped catalogue into an empty store, in one transaction. */
    public void seedCatalogue() {
        if (indicators.count() > 0) {
            return;
        }
        if (!new ClassPathResource("catalogue/indicators.csv").exists() || !new ClassPathResource("catalogue/units.csv").exists()) {
            log.warn("No default catalogue on the classpath; the store starts empty");
            return;
        }
        tx.executeWithoutResult(status -> {
            try {
                locks.holdUntilCommit(4242);
                if (indicators.count() > 0) {
                    return;
                }
                CatalogueService.LoadResult units = catalogue.loadUnits(resource("catalogue/units.csv"), "units.csv", "system");
                CatalogueService.LoadResult ind = catalogue.loadIndicators(resource("catalogue/indicators.csv"), "indicators.csv", "system");
                if (units.rejected() || ind.rejected()) {
                    throw new IllegalStateException("The shipped catalogue is invalid: " + units.problems() + ind.problems());
                }
                int ds = new ClassPathResource("catalogue/datasets.csv").exists() ? datasets.load(resource("catalogue/datasets.csv")) : 0;
                log.info("Loaded the default catalogue: {} units, {} indicators, {} datasets", units.read(), ind.read(), ds);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Reader resource(String path) throws IOException {
        return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    }
}
