package pl.miasto4.lake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The lake on real DuckDB and real Parquet files in a temporary folder. */
class LakeTest {
    @TempDir
    Path home;

    private Lake lake() {
        return Lake.open(home.resolve("lake"));
    }

    private CardHasher hasher() {
        return CardHasher.withKeyFile(home.resolve("lake.key"));
    }

    @Test
    void cityCardRecipeMatchesAnIndependentAggregationAndSuppressesSmallCells() {
        SyntheticCardEvents gen = new SyntheticCardEvents(4000, 300, 2026, 7);
        // a rare service used by 3 cards only: its cell must be suppressed
        String csv = gen.csv() + "rare-1,card-1,ski_lift,place-1,2026-03-01T10:00:00+01:00,normal\n"
                + "rare-2,card-2,ski_lift,place-1,2026-03-01T11:00:00+01:00,normal\n"
                + "rare-3,card-3,ski_lift,place-1,2026-03-02T11:00:00+01:00,normal\n";
        Lake lake = lake();
        IngestResult r = lake.ingest(LakeTable.CARD_EVENTS, "synthetic", Batches.cardEventsCsv(new StringReader(csv), hasher()));
        assertThat(r.added()).isEqualTo(4003);
        assertThat(r.partitions()).allMatch(p -> p.matches("card_events/source=synthetic/day=\\d{4}-\\d{2}-\\d{2}"));

        // independent computation over the same generated events, in plain Java
        List<String[]> events = new ArrayList<>();
        for (SyntheticCardEvents.Event e : gen) events.add(new String[] {e.cardId(), e.service()});
        events.add(new String[] {"card-1", "ski_lift"});
        events.add(new String[] {"card-2", "ski_lift"});
        events.add(new String[] {"card-3", "ski_lift"});
        Set<String> holders = new HashSet<>();
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Set<String>> serviceHolders = new HashMap<>();
        for (String[] e : events) {
            holders.add(e[0]);
            uses.merge(e[1], 1, Integer::sum);
            serviceHolders.computeIfAbsent(e[1], k -> new HashSet<>()).add(e[0]);
        }
        long population = 20_000;

        RecipeRun run = new DuckDbEngine(lake).run(Recipe.shipped("city_card"), "krakow", population);
        Map<String, Double> got = new TreeMap<>();
        for (RecipeOutput o : run.outputs()) {
            assertThat(o.unit()).isEqualTo("krakow");
            assertThat(o.period()).isEqualTo("2026");
            assertThat(o.source()).startsWith("recipe city_card v1; inputs card_events source=synthetic day=2026-01-01..");
            got.put(o.indicator() + (o.breakdown() == null ? "" : "/" + o.breakdown()), o.value());
        }
        assertThat(got.get("city_card_holders_per_1000")).isCloseTo(holders.size() * 1000.0 / population, within(1e-9));
        assertThat(got.get("city_card_uses_per_holder")).isCloseTo((double) events.size() / holders.size(), within(1e-9));
        String top = Collections.max(uses.entrySet(), Map.Entry.comparingByValue()).getKey();
        assertThat(got.get("city_card_top_service_uses_pct")).isCloseTo(uses.get(top) * 100.0 / events.size(), within(1e-9));
        for (String service : uses.keySet()) {
            if (serviceHolders.get(service).size() >= 10) {
                assertThat(got.get("city_card_service_uses_pct/" + service))
                        .isCloseTo(uses.get(service) * 100.0 / events.size(), within(1e-9));
            } else {
                assertThat(got).doesNotContainKey("city_card_service_uses_pct/" + service);
            }
        }
        assertThat(serviceHolders.get("ski_lift")).hasSize(3);
        assertThat(run.suppressed()).isEqualTo(1);
    }

    @Test
    void duplicatedAndLateEventsAreIngestedOnce() {
        Lake lake = lake();
        String csv = new SyntheticCardEvents(500, 50, 2026, 3).csv();
        IngestResult first = lake.ingest(LakeTable.CARD_EVENTS, "synthetic", Batches.cardEventsCsv(new StringReader(csv), hasher()));
        assertThat(first.added()).isEqualTo(500);
        IngestResult again = lake.ingest(LakeTable.CARD_EVENTS, "synthetic", Batches.cardEventsCsv(new StringReader(csv), hasher()));
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(500);
        String firstLine = csv.lines().skip(1).findFirst().orElseThrow();
        String late = "event_id,card_id,service,place,time,tariff\n" + firstLine + "\n"
                + "late-1,card-9,museum,place-2,2026-01-01T08:00:00+01:00,normal\n"
                + "late-1,card-9,museum,place-2,2026-01-01T08:00:00+01:00,normal\n";
        IngestResult lateRun = lake.ingest(LakeTable.CARD_EVENTS, "synthetic", Batches.cardEventsCsv(new StringReader(late), hasher()));
        assertThat(lateRun.added()).isEqualTo(1);
        assertThat(lateRun.duplicates()).isEqualTo(2);
        assertThat(lake.manifest().of("card_events").stream().mapToLong(Manifest.Entry::rows).sum()).isEqualTo(501);
    }

    @Test
    void aBatchWithABadRowIsRejectedWholeAndTheLakeStaysByteIdentical() throws Exception {
        Lake lake = lake();
        lake.ingest(LakeTable.CARD_EVENTS, "synthetic",
                Batches.cardEventsCsv(new StringReader(new SyntheticCardEvents(300, 40, 2026, 1).csv()), hasher()));
        Map<String, String> before = snapshot(lake.root());
        String bad = new SyntheticCardEvents(10, 40, 2026, 2).csv() + "x-1,card-1,museum,place-1,yesterday,normal\n";
        assertThatThrownBy(() -> lake.ingest(LakeTable.CARD_EVENTS, "synthetic",
                Batches.cardEventsCsv(new StringReader(bad), hasher())))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> {
                    assertThat(e.row()).isEqualTo(11);
                    assertThat(e.field()).isEqualTo("time");
                    assertThat(e.reason()).isEqualTo("bad_time");
                });
        String missing = "event_id,card_id,service,place,time,tariff\nm-1,,museum,place-1,2026-02-02T10:00:00Z,normal\n";
        assertThatThrownBy(() -> Batches.cardEventsCsv(new StringReader(missing), hasher()))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> {
                    assertThat(e.row()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("card_id");
                    assertThat(e.reason()).isEqualTo("missing");
                });
        assertThat(snapshot(lake.root())).isEqualTo(before);
    }

    @Test
    void leftoversOfAnInterruptedCommitAreRemovedOnOpen() throws Exception {
        Lake lake = lake();
        lake.ingest(LakeTable.CARD_EVENTS, "synthetic",
                Batches.cardEventsCsv(new StringReader(new SyntheticCardEvents(100, 20, 2026, 1).csv()), hasher()));
        Map<String, String> before = snapshot(lake.root());
        // a crash after files were renamed into place but before the manifest was replaced
        Path orphan = lake.root().resolve("card_events/source=synthetic/day=2026-01-01/part-crashed-0.parquet");
        Files.createDirectories(orphan.getParent());
        Files.copy(lake.root().resolve(lake.manifest().files().get(0).path()), orphan);
        Files.createDirectories(lake.root().resolve("_staging/crashed/source=synthetic"));
        Files.writeString(lake.root().resolve(Lake.MANIFEST + ".tmp"), "{");
        Lake reopened = lake();
        assertThat(snapshot(reopened.root())).isEqualTo(before);
        assertThat(new DuckDbEngine(reopened).run(Recipe.shipped("city_card"), "krakow", 1000).outputs()).isNotEmpty();
    }

    @Test
    void cardIdsAreHashedWithAnOwnerOnlyKeyAndNeverReachTheLake() throws Exception {
        Lake lake = lake();
        lake.ingest(LakeTable.CARD_EVENTS, "synthetic",
                Batches.cardEventsCsv(new StringReader(new SyntheticCardEvents(50, 10, 2026, 1).csv()), hasher()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("lake.key")))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.walk(lake.root())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("card-1");
            }
        }
        assertThat(hasher().hash("card-1")).hasSize(64).isEqualTo(hasher().hash("card-1"))
                .isNotEqualTo(CardHasher.withKeyFile(home.resolve("other.key")).hash("card-1"));
    }

    @Test
    void open311RequestsGiveReportsPer1000AndMedianDaysToCloseFromTheLatestVersion() {
        // GeoReport v2 requests.json fields; request 1 is sent open, then closed (an update, same id)
        StringBuilder json = new StringBuilder("[");
        List<Double> closedDays = new ArrayList<>();
        Map<String, List<Double>> byCategory = new TreeMap<>();
        int n = 0;
        for (int i = 0; i < 30; i++) {
            String category = i % 3 == 0 ? "Oświetlenie" : "Drogi";
            boolean closed = i % 5 != 4;
            int hours = 6 + i * 7;
            if (n++ > 0) json.append(',');
            json.append(request("r" + i, closed ? "closed" : "open", category, "2026-04-0" + (1 + i % 9) + "T08:00:00+02:00", hours));
            if (closed) {
                double d = hours / 24.0;
                closedDays.add(d);
                byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(d);
            }
        }
        // an older version of r0 arriving late (open, no update yet) and an exact duplicate of r1
        json.append(',').append(request("r0", "open", "Drogi", "2026-04-01T08:00:00+02:00", 0));
        json.append(',').append(request("r1", "closed", "Drogi", "2026-04-02T08:00:00+02:00", 13));
        json.append(']');
        Lake lake = lake();
        IngestResult r = lake.ingest(LakeTable.OPEN311_REQUESTS, "open311-demo", Batches.open311Json(new StringReader(json.toString())));
        assertThat(r.added()).isEqualTo(31);
        assertThat(r.duplicates()).isEqualTo(1);

        RecipeRun run = new DuckDbEngine(lake).run(Recipe.shipped("resident_reports"), "krakow", 5000);
        Map<String, Double> got = new TreeMap<>();
        run.outputs().forEach(o -> got.put(o.indicator() + (o.breakdown() == null ? "" : "/" + o.breakdown()), o.value()));
        assertThat(got.get("resident_reports_per_1000")).isCloseTo(30 * 1000.0 / 5000, within(1e-9));
        assertThat(got.get("resident_report_resolution_days")).isCloseTo(median(closedDays), within(1e-9));
        assertThat(byCategory.get("Drogi")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(got.get("resident_report_resolution_days/Drogi")).isCloseTo(median(byCategory.get("Drogi")), within(1e-9));
        assertThat(byCategory.get("Oświetlenie")).hasSizeLessThan(10);
        assertThat(got).doesNotContainKey("resident_report_resolution_days/Oświetlenie");
    }

    @Test
    void open311BatchWithAnUnknownStatusIsRejectedNamingTheRow() {
        String json = "[" + request("a", "closed", "Drogi", "2026-04-01T08:00:00+02:00", 5) + ","
                + request("b", "pending", "Drogi", "2026-04-01T08:00:00+02:00", 5) + "]";
        assertThatThrownBy(() -> Batches.open311Json(new StringReader(json)))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("status");
                });
    }

    private static String request(String id, String status, String category, String requested, int hoursToUpdate) {
        java.time.OffsetDateTime req = java.time.OffsetDateTime.parse(requested);
        return "{\"service_request_id\":\"" + id + "\",\"status\":\"" + status + "\",\"status_notes\":null,"
                + "\"service_name\":\"" + category + "\",\"service_code\":\"" + category.hashCode() + "\","
                + "\"description\":\"test\",\"agency_responsible\":\"ZDMK\",\"service_notice\":\"\","
                + "\"requested_datetime\":\"" + requested + "\",\"updated_datetime\":\"" + req.plusHours(hoursToUpdate) + "\","
                + "\"expected_datetime\":null,\"address\":\"ul. Floriańska 1\",\"address_id\":null,\"zipcode\":\"31-019\","
                + "\"lat\":50.0634,\"long\":19.9394,\"media_url\":null}";
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                if (rel.equals(".lock")) continue;
                m.put(rel, Files.isDirectory(p) ? "dir"
                        : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    @SuppressWarnings("unused")
    private static long utc(SyntheticCardEvents.Event e) {
        return e.utcTime().toEpochSecond(ZoneOffset.UTC);
    }
}
