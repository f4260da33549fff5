package pl.miasto4.app.pb.admin;

import pl.miasto4.app.pb.results.PbRepository;
import pl.miasto4.app.pb.voting.ImportedVoterRegister;

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

    /** The live demo edition opened at start. */
    public static final String LIVE_SLUG = "krakow-demo";
    /** Voters in its SYNTHETIC register. */
    static final int SYNTHETIC_VOTERS = 200;

    private final PbImport imports;
    private final PbRepository repository;
    private EditionAdmin admin;
    private ImportedVoterRegister register;
    private final boolean cli;
    private final boolean load;

    public PbDemo(PbImport imports, PbRepository repository, @Value("${miasto.cli:false}") boolean cli,
                  @Value("${miasto.demo.load-on-start:false}") boolean load) {
        this.imports = imports;
        this.repository = repository;
        this.cli = cli;
        this.load = load;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void liveDemo(EditionAdmin admin, ImportedVoterRegister register) {
        this.admin = admin;
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (cli || !load) {
            return;
        }
        if (!repository.anyEdition()) {
            importFiles();
        }
        if (repository.edition(LIVE_SLUG).isEmpty()) {
            openLiveEdition();
        }
    }

    /**
     * A live edition open from today for 30 days on the real projects of Kraków 2020, Stare Miasto, with a
     * register of SYNTHETIC residents (valid made-up PESEL numbers, {@link #syntheticPesels}), so that a
     * new user can vote at once through the register-only channel; its page says so and lists some numbers.
     */
    void openLiveEdition() throws IOException {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"));
        admin.create(new EditionAdmin.NewEdition(LIVE_SLUG, "Kraków", "Kraków – edycja demonstracyjna (projekty Starego "
                + "Miasta 2020)", null, today, today.plusDays(30), 0, "residence"), "demo");
        Resource file = new PathMatchingResourcePatternResolver()
                .getResource("classpath:demo/pabulib/Poland_Krakow_2020_Stare_Miasto.pb");
        admin.poolFromFile(LIVE_SLUG, "stare-miasto", file.getFilename(), file.getContentAsByteArray(), "demo");
        StringBuilder csv = new StringBuilder("pesel;dzielnica\n");
        for (String pesel : syntheticPesels(SYNTHETIC_VOTERS)) {
            csv.append(pesel).append(";Stare Miasto\n");
        }
        var report = register.importCsv(repository.edition(LIVE_SLUG).orElseThrow(), java.util.Set.of("Stare Miasto"),
                "SYNTHETIC-register.csv", csv.toString(), "demo");
        if (report.rejected()) {
            log.error("The demo register was rejected: {}", report.problems());
            return;
        }
        admin.open(LIVE_SLUG, "demo");
        log.info("Demo live edition {} open with {} SYNTHETIC voters", LIVE_SLUG, report.voters());
    }

    /**
     * {@code n} SYNTHETIC PESEL numbers of adults (born 1950–1999, serials 9000+), valid by the check digit,
     * the same on every start; never a real register.
     */
    public static List<String> syntheticPesels(int n) {
        List<String> out = new ArrayList<>(n);
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        for (int i = 0; i < n; i++) {
            java.time.LocalDate birth = java.time.LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28);
            String first = String.format("%02d%02d%02d%04d", birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth(), 9000 + i / 50);
            int sum = 0;
            for (int k = 0; k < 10; k++) {
                sum += w[k] * (first.charAt(k) - '0');
            }
            out.add(first + (10 - sum % 10) % 10);
        }
        return out;
    }

    private void importFiles() throws IOException {
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
