package pl.miasto4.app.survey;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import pl.miasto4.app.CliStoreTest;
import pl.miasto4.survey.estimate.Estimate;

import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Answers collected elsewhere, imported against the template's codebook, and the survey page's
 * numbers, against real PostgreSQL: SYNTHETIC answers written by
 * {@code tools/reference/survey_answers_reference.R} with R survey's weighted estimates
 * ({@code r_expected.csv}: svymean, svyciprop logit intervals, Kish's n_eff), which the page's
 * estimates must equal; every kind of bad answer refused with its row and column, nothing stored.
 */
class SurveyAnswersStoreTest extends CliStoreTest {
    static final Path DATA = Path.of("src/test/resources/survey/answers");

    @Autowired
    SurveyReport reports;
    @Autowired
    pl.miasto4.app.observation.ObservationRepository observations;

    @TempDir
    Path dir;

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int answers(Path file, String... extra) {
        String[] base = {"survey", "answers", file.toString(), "--questionnaire", "city_office_satisfaction",
                "--name", "Satysfakcja klientów UMK 2024 (SYNTHETIC)", "--unit", "1261011", "--period", "2023"};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return run(all);
    }

    @Test
    void answersAreStoredAndThePageShowsRsEstimatesPerDistrictWithFlags() throws Exception {
        assertThat(answers(DATA.resolve("SYNTHETIC_answers.csv"), "--invited", "600")).as(stderr()).isZero();
        Matcher m = Pattern.compile("nr (\\d+)").matcher(stdout());
        assertThat(m.find()).as(stdout()).isTrue();
        long wave = Long.parseLong(m.group(1));
        SurveyReport.Report report = reports.report(wave).orElseThrow();
        assertThat(report.wave().responses()).isEqualTo(180);
        assertThat(report.wave().responseRate()).isEqualTo(0.3);
        assertThat(report.groups()).containsExactly("1261011-05", "1261011-06", "1261011-07");

        List<CSVRecord> expected;
        try (Reader r = Files.newBufferedReader(DATA.resolve("r_expected.csv"))) {
            expected = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        int checked = 0;
        for (CSVRecord e : expected) {
            String stat = e.get("statistic");
            if (stat.equals("kish")) {
                assertThat(report.weights().effectiveSampleSize()).isCloseTo(Double.parseDouble(e.get("estimate")), within(1e-9));
                checked++;
                continue;
            }
            String question = stat.startsWith("overall") ? "overall" : stat.startsWith("channel") ? "channel" : "visits";
            SurveyReport.QuestionReport q = report.questions().stream().filter(x -> x.question().code().equals(question))
                    .findFirst().orElseThrow();
            SurveyReport.Line line = switch (stat) {
                case "overall_mean", "visits_mean" -> q.lines().get(0);
                case "overall_top2" -> q.lines().get(1);
                default -> q.lines().stream().filter(l -> "online".equals(l.option())).findFirst().orElseThrow();
            };
            int column = e.get("domain").equals("all") ? 0 : 1 + report.groups().indexOf(e.get("domain"));
            Estimate got = line.cells().get(column).estimate();
            double est = Double.parseDouble(e.get("estimate"));
            double se = Double.parseDouble(e.get("se"));
            String what = stat + " " + e.get("domain");
            assertThat(got.estimate()).as(what).isCloseTo(est, within(1e-9 * Math.abs(est)));
            assertThat(got.se()).as(what).isCloseTo(se, within(1e-6 * se));
            double half = (Double.parseDouble(e.get("ci_high")) - Double.parseDouble(e.get("ci_low"))) / 2;
            assertThat(got.ciLow()).as(what).isCloseTo(Double.parseDouble(e.get("ci_low")), within(1e-4 * half));
            assertThat(got.ciHigh()).as(what).isCloseTo(Double.parseDouble(e.get("ci_high")), within(1e-4 * half));
            assertThat(got.n()).as(what).isEqualTo((int) Double.parseDouble(e.get("n")));
            assertThat(line.cells().get(column).unreliable()).as(what)
                    .isEqualTo(got.n() < 30 || se / est > 0.3);
            checked++;
        }
        assertThat(checked).isEqualTo(17);

        // the page, in Polish and in English
        HttpClient http = HttpClient.newHttpClient();
        String pl = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/surveys/" + wave)).header("Accept-Language", "pl").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(pl).contains("Odsetek odpowiedzi").contains("30,0 %").contains("156,7").contains("szacunek niepewny")
                .contains("Dzielnica VII Zwierzyniec").contains("3,56").contains("55,0 %");
        String en = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/surveys/" + wave + "?lang=en")).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(en).contains("Response rate").contains("unreliable estimate");
        // the wave's share satisfied published as the indicator through the API (HTTP Basic): R's numbers, in %
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/surveys/" + wave
                        + "/publish?question=channel&indicator=city_office_customer_satisfaction_pct")).header("Authorization", auth)
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(bad.body()).contains("Pytanie „channel” nie jest pytaniem ze skalą Likerta kwestionariusza „city_office_satisfaction”.");
        String before = dump();
        HttpResponse<String> published = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/surveys/" + wave
                        + "/publish?question=overall&indicator=city_office_customer_satisfaction_pct&dryRun=true")).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains("\"status\":\"DRY_RUN\"");
        assertThat(dump()).isEqualTo(before);
        published = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/surveys/" + wave
                        + "/publish?question=overall&indicator=city_office_customer_satisfaction_pct")).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains("\"status\":\"IMPORTED\"");
        for (CSVRecord e : expected) {
            if (!e.get("statistic").equals("overall_top2")) {
                continue;
            }
            String unit = e.get("domain").equals("all") ? "1261011" : e.get("domain");
            pl.miasto4.app.observation.Observation o = observations.history(unit, "city_office_customer_satisfaction_pct", "2023")
                    .stream().filter(x -> x.supersededAt() == null).findFirst().orElseThrow();
            double est = 100 * Double.parseDouble(e.get("estimate"));
            double se = 100 * Double.parseDouble(e.get("se"));
            assertThat(o.value().doubleValue()).as(unit).isCloseTo(est, within(1e-9 * est));
            assertThat(o.se().doubleValue()).as(unit).isCloseTo(se, within(1e-6 * se));
            assertThat(o.unreliable()).as(unit).isEqualTo(Double.parseDouble(e.get("n")) < 30);
            assertThat(o.source()).isEqualTo("Satysfakcja klientów UMK 2024 (SYNTHETIC)");
        }

        String list = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/surveys")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(list).contains("Satysfakcja klientów UMK 2024 (SYNTHETIC)").contains("Badanie satysfakcji klientów urzędu miasta");
    }

    @Test
    void everyBadAnswerIsRefusedWithItsRowAndColumnAndNothingIsStored() throws Exception {
        List<String> lines = Files.readAllLines(DATA.resolve("SYNTHETIC_answers.csv"));
        String header = lines.get(0);
        // line 5 of the file (the 4th respondent) is changed in each variant
        Object[][] cases = {
                {"\"overall\"", "6", "Wiersz 5, kolumna „overall”: odpowiedzi „6” nie ma w kafeterii pytania (dozwolone: 1, 2, 3, 4, 5)."},
                {"\"waga\"", "0", "Wiersz 5, kolumna „waga”: waga musi być większa od zera (jest 0)."},
                {"\"channel\"", "", "Wiersz 5, kolumna „channel”: brak odpowiedzi na pytanie obowiązkowe."},
                {"\"visits\"", "400", "Wiersz 5, kolumna „visits”: 400 jest poza dozwolonym zakresem 0–365."},
                {"\"improve\"", "hours|parking", "Wiersz 5, kolumna „improve”: odpowiedzi „parking” nie ma w kafeterii pytania (dozwolone: hours, waiting, eservices, information, accessibility, nothing)."},
                {"\"dzielnica\"", "1261011-99", "Wiersz 5, kolumna „dzielnica”: nie ma jednostki terytorialnej „1261011-99”."},
                {"\"respondent\"", "1001", "Wiersz 5, kolumna „respondent”: respondent 1001 występuje już w wierszu 2."},
        };
        String before = dump();
        List<String> columns = List.of(header.split(","));
        for (Object[] c : cases) {
            int at = columns.indexOf((String) c[0]);
            StringBuilder sb = new StringBuilder(header).append('\n');
            for (int i = 1; i < lines.size(); i++) {
                String row = lines.get(i);
                if (i == 4) {
                    List<String> cells = new java.util.ArrayList<>(List.of(row.split(",", -1)));
                    cells.set(at, (String) c[1]);
                    row = String.join(",", cells);
                }
                sb.append(row).append('\n');
            }
            Path bad = dir.resolve("zle.csv");
            Files.writeString(bad, sb);
            assertThat(answers(bad)).as((String) c[0]).isEqualTo(1);
            assertThat(stderr()).as((String) c[0]).contains("Plik zle.csv odrzucony, nic nie zapisano. Liczba problemów: 1.")
                    .contains((String) c[2]);
            assertThat(dump()).as("store after " + c[0]).isEqualTo(before);
        }
        // a column that is no question, in English
        Path odd = dir.resolve("odd.csv");
        Files.writeString(odd, "respondent,overall,channel,age\n1,5,online,33\n");
        assertThat(answers(odd, "--lang", "en")).isEqualTo(1);
        assertThat(stderr()).contains("Column \"age\" is not a question of questionnaire \"city_office_satisfaction\"");
        assertThat(dump()).isEqualTo(before);
    }
}
