package pl.miasto4.app.connect;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.StoreTest;
import pl.miasto4.app.connect.elections.Election;
import pl.miasto4.app.connect.elections.ElectionsConnector;
import pl.miasto4.app.connect.load.ConnectorRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo, as {@code miasto serve} loads it, through the connectors: every figure is checked against
 * a number computed here from the shipped source files with simple readers of their own (not the
 * product's), or against a figure PKW published.
 */
class ConnectorsDemoTest extends StoreTest {
    static final String KRAKOW = "1261011";
    static final Path DEMO = Path.of("src/main/resources/demo");
    static final Path PABULIB = Path.of("../core/src/test/resources/pabulib");

    @Autowired
    ElectionsConnector elections;

    Optional<BigDecimal> stored(String unit, String indicator, String period) {
        return jdbc.sql("SELECT value FROM observation WHERE unit_code = ? AND indicator_code = ? AND period = ?")
                .params(unit, indicator, period).query(BigDecimal.class).optional();
    }

    BigDecimal value(String unit, String indicator, String period) {
        return stored(unit, indicator, period)
                .orElseThrow(() -> new AssertionError("no " + indicator + " for " + unit + " in " + period));
    }

    static List<CSVRecord> csv(Path file, char delimiter) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (CSVParser p = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    static BigDecimal demoValue(String unit, String indicator, String period) throws IOException {
        for (CSVRecord r : csv(DEMO.resolve("gus_bdl_cities66.csv"), ',')) {
            if (r.get("unit").equals(unit) && r.get("indicator").equals(indicator) && r.get("period").equals(period)) {
                return new BigDecimal(r.get("value"));
            }
        }
        throw new AssertionError("no " + indicator + " " + period + " for " + unit + " in the demo file");
    }

    // ---------------------------------------------------------------- participatory budgets

    /** A pabulib file read with nothing but string splitting: META values, selected projects, ballots. */
    record Pb(Map<String, String> meta, boolean official, Set<String> selected, int ballots, int ballotsWithSelected) {
        static Pb read(Path file) throws IOException {
            Map<String, String> meta = new HashMap<>();
            Set<String> selected = new HashSet<>();
            String section = "";
            List<String> header = List.of();
            int ballots = 0;
            int withSelected = 0;
            boolean official = true;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.equals("META") || line.equals("PROJECTS") || line.equals("VOTES")) {
                    section = line;
                    header = null;
                    continue;
                }
                List<String> fields = List.of(line.split(";", -1));
                if (header == null) {
                    header = fields;
                    continue;
                }
                switch (section) {
                    case "META" -> meta.put(fields.get(0), fields.get(1));
                    case "PROJECTS" -> {
                        if (header.contains("selected")) {
                            assertThat(header.get(header.size() - 1)).isEqualTo("selected"); // after the name, which may hold a ';'
                            String sel = fields.get(fields.size() - 1);
                            if (!sel.isEmpty() && Integer.parseInt(sel) >= 1) {
                                selected.add(fields.get(0));
                            }
                        } else {
                            official = false;
                        }
                    }
                    case "VOTES" -> {
                        ballots++;
                        String vote = fields.get(header.indexOf("vote"));
                        if (List.of(vote.split(",")).stream().anyMatch(selected::contains)) {
                            withSelected++;
                        }
                    }
                    default -> { }
                }
            }
            return new Pb(meta, official, selected, ballots, withSelected);
        }
    }

    @Test
    void participatoryBudgetsOfKrakowBecomeIndicatorsEqualToTheFilesOwnCounts() throws IOException {
        for (int year = 2018; year <= 2022; year++) {
            Pb pb = Pb.read(PABULIB.resolve("Poland_Krakow_" + year + ".pb"));
            String period = Integer.toString(year);
            // pabulib's own metadata states the number of ballots; the VOTES section must hold that many lines
            assertThat(pb.ballots()).isEqualTo(Integer.parseInt(pb.meta().get("num_votes")));
            assertThat(value(KRAKOW, "pb_ballots_cast", period)).isEqualByComparingTo(BigDecimal.valueOf(pb.ballots()));
            if (pb.official()) {
                assertThat(value(KRAKOW, "pb_projects_selected", period)).isEqualByComparingTo(BigDecimal.valueOf(pb.selected().size()));
                assertThat(value(KRAKOW, "pb_voters_with_funded_project_pct", period)).isEqualByComparingTo(
                        BigDecimal.valueOf(100L * pb.ballotsWithSelected()).divide(BigDecimal.valueOf(pb.ballots()), 2, RoundingMode.HALF_EVEN));
            } else {
                // the 2018 file has no `selected` column: no official result, so no funded projects are made up
                assertThat(stored(KRAKOW, "pb_projects_selected", period)).isEmpty();
                assertThat(stored(KRAKOW, "pb_voters_with_funded_project_pct", period)).isEmpty();
            }
            BigDecimal population = demoValue("1261000", "population_total", period);
            assertThat(value(KRAKOW, "pb_budget_per_capita_pln", period)).isEqualByComparingTo(
                    new BigDecimal(pb.meta().get("budget")).divide(population, 2, RoundingMode.HALF_EVEN));
            assertThat(value(KRAKOW, "pb_ballots_per_1000_residents", period)).isEqualByComparingTo(
                    BigDecimal.valueOf(1000L * pb.ballots()).divide(population, 2, RoundingMode.HALF_EVEN));
            // pabulib gives no number of people entitled to vote: no turnout is made up
            assertThat(stored(KRAKOW, "pb_turnout_pct", period)).isEmpty();
        }
        // the 2018 edition: 32,958 ballots (pabulib META num_votes), 8,000,100 PLN
        assertThat(value(KRAKOW, "pb_ballots_cast", "2018")).isEqualByComparingTo("32958");
        // district pools of 2020 belong to their districts: Nowa Huta (XVIII) and Stare Miasto (I)
        Pb nowaHuta = Pb.read(PABULIB.resolve("Poland_Krakow_2020_Nowa_Huta.pb"));
        Pb stareMiasto = Pb.read(PABULIB.resolve("Poland_Krakow_2020_Stare_Miasto.pb"));
        assertThat(value("1261011-18", "pb_ballots_cast", "2020")).isEqualByComparingTo(BigDecimal.valueOf(nowaHuta.ballots()));
        assertThat(value("1261011-01", "pb_ballots_cast", "2020")).isEqualByComparingTo(BigDecimal.valueOf(stareMiasto.ballots()));
        assertThat(value("1261011-18", "pb_projects_selected", "2020")).isEqualByComparingTo(BigDecimal.valueOf(nowaHuta.selected().size()));
        // the districts have no population in the store: no money per resident for them
        assertThat(stored("1261011-18", "pb_budget_per_capita_pln", "2020")).isEmpty();
    }

    // ---------------------------------------------------------------- elections

    @Test
    void turnoutOfKrakowAndWarsawIsPkwsFigure() throws IOException {
        // PKW's published turnout, 2nd round 12 July 2020: Kraków 73.77 %, Warszawa 77.40 % (PKW via interia.pl, 13 July 2020)
        assertThat(value(KRAKOW, "presidential_election_turnout_pct", "2020-07-12")).isEqualByComparingTo("73.77");
        assertThat(value("1465011", "presidential_election_turnout_pct", "2020-07-12")).isEqualByComparingTo("77.40");

        // and the files' own columns: valid ballot papers / voters entitled (Electoral Code art. 74)
        long[] krakow2020 = new long[2];
        long[] warsaw2020 = new long[2];
        for (CSVRecord r : csv(DEMO.resolve("elections-pkw/hrpunio_2025_wyniki_gl_na_kand_po_gminach_utf8__2020.csv"), ';')) {
            long[] target = r.get("Kod TERYT").equals("126101") ? krakow2020 : r.get("Kod TERYT").startsWith("1465") ? warsaw2020 : null;
            if (target != null) {
                target[0] += Long.parseLong(r.get("Liczba wyborców uprawnionych do głosowania"));
                target[1] += Long.parseLong(r.get("Liczba kart ważnych"));
            }
        }
        assertThat(krakow2020).containsExactly(602_006, 444_119);
        assertThat(value("1465011", "presidential_election_turnout_pct", "2020-07-12"))
                .isEqualByComparingTo(pct(warsaw2020[1], warsaw2020[0]));

        // 2025, 1st round: cities with county rights are named by powiat only (no TERYT) in this file
        CSVRecord krakow2025 = csv(DEMO.resolve("elections-pkw/hrpunio_2025_wyniki_gl_na_kandydatow_po_gminach_utf8.csv"), ';')
                .stream().filter(r -> r.get("Powiat").equals("Kraków") && r.get("Gmina").isEmpty()).findFirst().orElseThrow();
        assertThat(value(KRAKOW, "presidential_election_turnout_pct", "2025-05-18")).isEqualByComparingTo(pct(
                Long.parseLong(krakow2025.get("Liczba kart ważnych")), Long.parseLong(krakow2025.get("Liczba wyborców uprawnionych do głosowania"))));

        // 2014 regional assembly: 487 polling stations of Kraków summed
        long valid = 0;
        long entitled = 0;
        int stations = 0;
        for (CSVRecord r : csv(DEMO.resolve("elections-pkw/hrpunio_Sandbox_ws2014_pobranie_2018_ws2014_komisje.csv"), ';')) {
            if (r.get("teryt").equals("126101")) {
                valid += Long.parseLong(r.get("kartyWazne"));
                entitled += Long.parseLong(r.get("uprawnieni"));
                stations++;
            }
        }
        assertThat(stations).isEqualTo(487);
        assertThat(value(KRAKOW, "regional_assembly_election_turnout_pct", "2014-11-16")).isEqualByComparingTo(pct(valid, entitled));
    }

    static BigDecimal pct(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }

    @Test
    void aResultsFileWithAnUnreadableNumberChangesNothingAndSaysWhere() throws IOException {
        String before = dump();
        String file = """
                "Kod TERYT";"Gmina";"Liczba wyborców uprawnionych do głosowania";"Liczba kart ważnych"
                "126101";"m. Kraków";602006;444119
                "226101";"m. Gdańsk";35x000;1000
                """;
        ConnectorRun run = elections.run(new StringReader(file), "broken.csv", Election.PRESIDENTIAL, LocalDate.of(2030, 5, 1),
                false, "test");
        assertThat(run.rejected()).isTrue();
        assertThat(run.problems()).extracting(new pl.miasto4.app.connect.load.ConnectMessages(java.util.Locale.ENGLISH)::text).containsExactly(
                "broken.csv: line 3, Liczba wyborców uprawnionych do głosowania, value '35x000': not a whole number of people");
        assertThat(dump()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- GTFS

    static final List<String> FEEDS = List.of("GTFS_KRK_A", "GTFS_KRK_T", "GTFS_KRK_M");

    @Test
    void stopsLinesAndTripsOfKrakowEqualCountsOfTheFeedFiles() throws IOException {
        // counted with a plain CSV reader; the same with awk:
        // awk -F, 'FNR>1{print $2}' GTFS_KRK_{A,T,M}/stops.txt | sort -u | wc -l  → 3473 stop codes
        Set<String> bus = new HashSet<>();
        Set<String> tram = new HashSet<>();
        Set<String> busLines = new HashSet<>();
        Set<String> tramLines = new HashSet<>();
        for (String feed : FEEDS) {
            Set<String> target = feed.endsWith("_T") ? tram : bus;
            for (CSVRecord r : csv(DEMO.resolve("gtfs-krakow/" + feed + "/stops.txt"), ',')) {
                target.add(r.get("stop_code"));
            }
            for (CSVRecord r : csv(DEMO.resolve("gtfs-krakow/" + feed + "/routes.txt"), ',')) {
                int type = Integer.parseInt(r.get("route_type"));
                (type == 3 ? busLines : type == 900 ? tramLines : new HashSet<String>()).add(r.get("route_short_name"));
            }
        }
        Set<String> all = new HashSet<>(bus);
        all.addAll(tram);
        assertThat(all).hasSize(3473);
        assertThat(value(KRAKOW, "pt_stops_count", "2026")).isEqualByComparingTo(BigDecimal.valueOf(all.size()));
        assertThat(value(KRAKOW, "pt_bus_stops_count", "2026")).isEqualByComparingTo(BigDecimal.valueOf(bus.size()));
        assertThat(value(KRAKOW, "pt_tram_stops_count", "2026")).isEqualByComparingTo(BigDecimal.valueOf(tram.size()));
        assertThat(value(KRAKOW, "pt_bus_lines_count", "2026")).isEqualByComparingTo(BigDecimal.valueOf(busLines.size()));
        assertThat(value(KRAKOW, "pt_tram_lines_count", "2026")).isEqualByComparingTo(BigDecimal.valueOf(tramLines.size()));
        assertThat(value(KRAKOW, "pt_lines_count", "2026")).isEqualByComparingTo(BigDecimal.valueOf(busLines.size() + tramLines.size()));

        // trips per date: calendar.txt has every weekday flag 0 here, so calendar_dates.txt alone says when a service runs
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        List<Map<LocalDate, Integer>> perFeed = new ArrayList<>();
        for (String feed : FEEDS) {
            for (CSVRecord c : csv(DEMO.resolve("gtfs-krakow/" + feed + "/calendar.txt"), ',')) {
                for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
                    assertThat(c.get(day)).isEqualTo("0");
                }
            }
            Map<String, Integer> tripsPerService = new HashMap<>();
            for (CSVRecord t : csv(DEMO.resolve("gtfs-krakow/" + feed + "/trips.txt"), ',')) {
                tripsPerService.merge(t.get("service_id"), 1, Integer::sum);
            }
            Map<LocalDate, Integer> byDate = new TreeMap<>();
            for (CSVRecord d : csv(DEMO.resolve("gtfs-krakow/" + feed + "/calendar_dates.txt"), ',')) {
                assertThat(d.get("exception_type")).isEqualTo("1");
                byDate.merge(LocalDate.parse(d.get("date"), basic), tripsPerService.getOrDefault(d.get("service_id"), 0), Integer::sum);
            }
            perFeed.add(byDate);
        }
        LocalDate from = perFeed.stream().map(m -> ((TreeMap<LocalDate, Integer>) m).firstKey()).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = perFeed.stream().map(m -> ((TreeMap<LocalDate, Integer>) m).lastKey()).min(Comparator.naturalOrder()).orElseThrow();
        List<Integer> weekdayTotals = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                LocalDate day = d;
                weekdayTotals.add(perFeed.stream().mapToInt(m -> m.getOrDefault(day, 0)).sum());
            }
        }
        weekdayTotals.sort(Comparator.naturalOrder());
        int median = weekdayTotals.get((weekdayTotals.size() - 1) / 2);
        assertThat(median).isEqualTo(13_974); // 8,715 bus (MPK) + 2,879 tram + 2,380 bus (Mobilis) on an ordinary weekday
        assertThat(value(KRAKOW, "pt_trips_per_weekday", "2026")).isEqualByComparingTo(BigDecimal.valueOf(median));
        assertThat(value(KRAKOW, "pt_tram_trips_per_weekday", "2026")).isEqualByComparingTo("2879");
        // no stop_times.txt: no frequency classes are made up
        assertThat(stored(KRAKOW, "pt_stops_high_frequency_pct", "2026")).isEmpty();
    }

    @Test
    void areaWithin500mOfAStopAgreesWithAGeodesicGridCount() throws IOException {
        // Independent of JTS and of the connector's projection: a 150 m grid over Kraków's boundary
        // (ray casting on the GeoJSON's lon/lat), each point's haversine distance to the nearest stop.
        List<double[][]> rings = krakowRings();
        List<double[]> stops = new ArrayList<>();
        for (String feed : FEEDS) {
            for (CSVRecord r : csv(DEMO.resolve("gtfs-krakow/" + feed + "/stops.txt"), ',')) {
                stops.add(new double[]{Double.parseDouble(r.get("stop_lat")), Double.parseDouble(r.get("stop_lon"))});
            }
        }
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (double[][] ring : rings) {
            for (double[] p : ring) {
                minLon = Math.min(minLon, p[0]);
                maxLon = Math.max(maxLon, p[0]);
                minLat = Math.min(minLat, p[1]);
                maxLat = Math.max(maxLat, p[1]);
            }
        }
        double step = 150;
        double dLat = Math.toDegrees(step / 6_371_008.8);
        double dLon = dLat / Math.cos(Math.toRadians((minLat + maxLat) / 2));
        int inside = 0;
        int covered = 0;
        for (double lat = minLat + dLat / 2; lat < maxLat; lat += dLat) {
            for (double lon = minLon + dLon / 2; lon < maxLon; lon += dLon) {
                if (!insideRings(rings, lon, lat)) {
                    continue;
                }
                inside++;
                for (double[] s : stops) {
                    if (Math.abs(s[0] - lat) < 0.0046 && haversine(lat, lon, s[0], s[1]) <= 500) {
                        covered++;
                        break;
                    }
                }
            }
        }
        double share = 100.0 * covered / inside;
        assertThat(value(KRAKOW, "pt_area_within_500m_pct", "2026").doubleValue()).isCloseTo(share, within(1.0));
        // stops inside the boundary over GUS's area of Kraków
        int stopsInside = 0;
        Set<String> codesInside = new HashSet<>();
        for (String feed : FEEDS) {
            for (CSVRecord r : csv(DEMO.resolve("gtfs-krakow/" + feed + "/stops.txt"), ',')) {
                if (insideRings(rings, Double.parseDouble(r.get("stop_lon")), Double.parseDouble(r.get("stop_lat")))) {
                    codesInside.add(r.get("stop_code"));
                }
            }
        }
        stopsInside = codesInside.size();
        BigDecimal area = demoValue("1261000", "area_km2", "2025");
        assertThat(value(KRAKOW, "pt_stops_per_km2", "2026").doubleValue())
                .isCloseTo(stopsInside / area.doubleValue(), within(0.02));
    }

    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }

    /** Even-odd rule over every ring (holes included). */
    static boolean insideRings(List<double[][]> rings, double x, double y) {
        boolean in = false;
        for (double[][] ring : rings) {
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                if ((ring[i][1] > y) != (ring[j][1] > y)
                        && x < (ring[j][0] - ring[i][0]) * (y - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                    in = !in;
                }
            }
        }
        return in;
    }

    static List<double[][]> krakowRings() throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(DEMO.resolve("boundaries/ppatrzyk_powiaty-min.geojson").toFile());
        for (JsonNode f : root.path("features")) {
            if (f.path("properties").path("nazwa").asString("").equals("powiat Kraków")) {
                JsonNode g = f.path("geometry");
                List<JsonNode> polygons = new ArrayList<>();
                if (g.path("type").asString("").equals("Polygon")) {
                    polygons.add(g.path("coordinates"));
                } else {
                    g.path("coordinates").forEach(polygons::add);
                }
                List<double[][]> rings = new ArrayList<>();
                for (JsonNode polygon : polygons) {
                    for (JsonNode ring : polygon) {
                        double[][] pts = new double[ring.size()][];
                        for (int i = 0; i < ring.size(); i++) {
                            pts[i] = new double[]{ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
                        }
                        rings.add(pts);
                    }
                }
                return rings;
            }
        }
        throw new AssertionError("powiat Kraków not in the boundary file");
    }

    // ---------------------------------------------------------------- the demo goal

    @Test
    void krakowsPageHasAtLeast45IndicatorsInSevenDimensions() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> indicators = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (int page = 0; ; page++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                    + "/api/observations?unit=" + KRAKOW + "&size=10000&page=" + page)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = json.readTree(r.body());
            body.path("items").forEach(o -> indicators.add(o.path("indicatorCode").asString()));
            if (!body.path("hasMore").asBoolean()) {
                break;
            }
        }
        Map<String, Long> byDimension = new TreeMap<>();
        for (String code : indicators) {
            // indicators other tests of the shared store create (wide files, new indicators from OPIS) may have no dimension
            jdbc.sql("SELECT dimension FROM indicator WHERE code = ? AND dimension IS NOT NULL").param(code).query(String.class)
                    .optional().ifPresent(dimension -> byDimension.merge(dimension, 1L, Long::sum));
        }
        System.out.println("Kraków: " + indicators.size() + " indicators with data; by dimension " + byDimension);
        assertThat(indicators).hasSizeGreaterThanOrEqualTo(45);
        assertThat(byDimension.keySet()).hasSizeGreaterThanOrEqualTo(7).contains("governance", "mobility");
    }
}
