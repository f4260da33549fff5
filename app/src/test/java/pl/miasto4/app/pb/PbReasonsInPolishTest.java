package pl.miasto4.app.pb;

import org.junit.jupiter.api.Test;
import pl.miasto4.app.StoreTest;
import pl.miasto4.pb.rules.Rules;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results page in Polish, over real HTTP, for every rule of the engine: the reason of every project
 * and every tie notice is Polish (no English word of the engine's reasons), with Polish plural forms
 * checked against the CLDR rule written out here independently (1 głos, 2–4 głosy except 12–14, else głosów; the same for punkt).
 */
class PbReasonsInPolishTest extends StoreTest {
    static final Pattern ENGLISH = Pattern.compile(
            "\\b(funded|costs|left|does not|bought|round|supporters?|tie|withdrawn|threshold|counting|paid|votes?|points?|best set|budget)\\b");
    static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
    static final Pattern VOTES = Pattern.compile("wybrany: ([\\d\\u00A0\\u202F ]+) (głos\\p{L}*|punkt\\p{L}*)");

    final HttpClient http = HttpClient.newHttpClient();

    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static List<String> reasons(String html) {
        int start = html.indexOf("<table class=\"explain\">");
        if (start < 0) {
            return List.of();
        }
        String table = html.substring(html.indexOf("<tbody>", start), html.indexOf("</tbody>", start));
        List<String> out = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            Matcher cell = CELL.matcher(row.group(1));
            String last = null;
            while (cell.find()) {
                last = cell.group(1).strip();
            }
            out.add(last);
        }
        return out;
    }

    static String polishForm(long n, String one, String few, String many) {
        if (n == 1) {
            return one;
        }
        long d = n % 10;
        long h = n % 100;
        return d >= 2 && d <= 4 && (h < 12 || h > 14) ? few : many;
    }

    @Test
    void everyRulesReasonsAreWordedInPolish() throws Exception {
        int counted = 0;
        int pluralsChecked = 0;
        for (String rule : Rules.names()) {
            for (String pool : List.of("/pb/krakow-2020/stare-miasto/results", "/pb/krakow-2019/citywide/results")) {
                String path = pool + "?lang=pl&rule=" + URLEncoder.encode(rule, StandardCharsets.UTF_8);
                String html = get(path);
                assertThat(html).as(path).contains("<html lang=\"pl\"");
                List<String> reasons = reasons(html);
                if (html.contains("class=\"explain\"") && !reasons.isEmpty() && !reasons.get(0).isEmpty()) {
                    counted++;
                }
                for (String r : reasons) {
                    assertThat(ENGLISH.matcher(r).find()).as(path + ": " + r).isFalse();
                    Matcher m = VOTES.matcher(r);
                    if (m.find()) {
                        long n = Long.parseLong(m.group(1).replaceAll("[^0-9]", ""));
                        assertThat(m.group(2)).as(r).isEqualTo(m.group(2).startsWith("głos")
                                ? polishForm(n, "głos", "głosy", "głosów") : polishForm(n, "punkt", "punkty", "punktów"));
                        pluralsChecked++;
                    }
                }
                Matcher notice = Pattern.compile("<p class=\"notice\">(.*?)</p>", Pattern.DOTALL).matcher(html);
                while (notice.find()) {
                    assertThat(ENGLISH.matcher(notice.group(1)).find()).as(path + ": " + notice.group(1)).isFalse();
                }
                assertThat(html).as(path).doesNotContain("lang=\"en\" th").doesNotContain("<td lang=\"en\"");
            }
        }
        // greedy, its variants that apply, five Equal Shares variants, Phragmén, max-welfare on two pools
        assertThat(counted).isGreaterThanOrEqualTo(16);
        assertThat(pluralsChecked).isGreaterThan(5);
    }

    @Test
    void theEnglishPageKeepsEnglishReasons() throws Exception {
        String html = get("/pb/krakow-2019/citywide/results?lang=en&rule=greedy");
        assertThat(reasons(html)).anySatisfy(r -> assertThat(r).startsWith("funded: ").contains(" points, costs ").contains(" left"));
    }
}
