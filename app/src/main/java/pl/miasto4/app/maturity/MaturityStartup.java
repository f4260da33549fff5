package pl.miasto4.app.maturity;

import pl.miasto4.app.maturity.assessment.ModelStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.miasto4.app.demo.StoreStartup;

/**
 * At every start, the shipped maturity models are written to the store; the web server with demo
 * data also loads the demo assessments of the six report cities and the demo register of
 * initiatives into a store that has no assessment yet.
 */
@Component
@Order(100)
public class MaturityStartup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(MaturityStartup.class);

    private final StoreStartup store;
    private final ModelStore models;
    private final MaturityDemo demo;
    private final boolean cli;
    private final boolean loadDemo;

    public MaturityStartup(StoreStartup store, ModelStore models, MaturityDemo demo, @Value("${miasto.cli:false}") boolean cli,
                           @Value("${miasto.demo.load-on-start:false}") boolean loadDemo) {
        this.store = store;
        this.models = models;
        this.demo = demo;
        this.cli = cli;
        this.loadDemo = loadDemo;
    }

    @Override
    public void run(ApplicationArguments args) {
        store.seedCatalogue(); // the demo assessments name territorial units
        models.ensureBuiltIn();
        if (loadDemo && !cli) {
            int n = demo.loadIfEmpty();
            if (n > 0) {
                log.info("Demo maturity assessments: {}", n);
            }
        }
    }
}
