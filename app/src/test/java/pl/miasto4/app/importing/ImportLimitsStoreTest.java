package pl.miasto4.app.importing;

import org.junit.jupiter.api.Test;
import pl.miasto4.app.StoreTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's "one file can stop the service", over real HTTP against the running application: a
 * 20 MB file holding one number, and {@code 1e400} (which once broke an index), are refused with the
 * line, column and reason, nothing is written, and the public pages keep answering.
 */
class ImportLimitsStoreTest extends StoreTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> upload(String name, byte[] content) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String boundary = "----miasto" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 300);
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest post = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(post, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTwentyMegabyteNumberIsRefusedNamingItsLineAndNothingChanges() throws Exception {
        byte[] head = "unit,indicator,period,value\n1261011-11,students_higher_education,2019,".getBytes(StandardCharsets.US_ASCII);
        byte[] file = Arrays.copyOf(head, head.length + 20_000_000 + 1);
        Arrays.fill(file, head.length, file.length - 1, (byte) '9');
        file[file.length - 1] = '\n';
        String before = dump();
        HttpResponse<String> r = upload("one-number.csv", file);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode problems = json.readTree(r.body()).path("problems");
        assertThat(problems.size()).isEqualTo(1);
        assertThat(problems.get(0).path("reason").asString())
                .isEqualTo("line 2: longer than the limit of 1,048,576 characters; is it a table?");
        assertThat(problems.get(0).path("key").asString()).isEqualTo("tabular.limit.line");
        assertThat(r.body()).hasSizeLessThan(5_000); // the number is not echoed back
        assertThat(dump()).isEqualTo(before);
        // the service is still there
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
    }

    @Test
    void numbersBeyondTheStoresRangeAreRefusedAtParseTime() throws Exception {
        String csv = "unit,indicator,period,value\n1261011-11,students_higher_education,2019,1\n"
                + "1261011-11,students_higher_education,2020,1e400\n"
                + "1261011-11,students_higher_education,2021," + "1".repeat(41) + "\n";
        String before = dump();
        HttpResponse<String> r = upload("range.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode problems = json.readTree(r.body()).path("problems");
        assertThat(problems.size()).isEqualTo(2);
        assertThat(problems.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(problems.get(0).path("column").asString()).isEqualTo("value (column 4)");
        assertThat(problems.get(0).path("reason").asString())
                .isEqualTo("'1e400' is out of range: numbers between 10^-100 and 10^100 are accepted");
        assertThat(problems.get(1).path("line").asInt()).isEqualTo(4);
        assertThat(problems.get(1).path("reason").asString()).isEqualTo("a number of 41 digits; at most 40 are accepted");
        assertThat(dump()).isEqualTo(before);
    }
}
