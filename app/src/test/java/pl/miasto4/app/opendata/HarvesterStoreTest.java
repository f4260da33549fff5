package pl.miasto4.app.opendata;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import pl.miasto4.app.StoreTest;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The dane.gov.pl harvester file over HTTP: namespace, one dataset per catalogue entry, stable short identifiers, md5. */
class HarvesterStoreTest extends StoreTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    byte[] get(String path) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void theHarvesterFileListsTheCatalogueWithItsMd5() throws Exception {
        byte[] xml = get("/opendata/harvester.xml");
        String md5 = new String(get("/opendata/harvester.md5")).strip();
        assertThat(md5).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(xml)));

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:otwarte-dane:harvester:1.13");
        assertThat(root.getLocalName()).isEqualTo("datasets");

        NodeList datasets = root.getElementsByTagName("dataset");
        int catalogued = tools.jackson.databind.json.JsonMapper.builder().build().readTree(get("/api/3/action/package_list"))
                .get("result").size();
        assertThat(datasets.getLength()).isEqualTo(catalogued).isGreaterThanOrEqualTo(50);
        Set<String> idents = new HashSet<>();
        for (int i = 0; i < datasets.getLength(); i++) {
            Element d = (Element) datasets.item(i);
            String ident = d.getElementsByTagName("extIdent").item(0).getTextContent();
            assertThat(ident).hasSizeLessThanOrEqualTo(36);
            assertThat(idents.add(ident)).as("unique " + ident).isTrue();
            Element title = (Element) d.getElementsByTagName("title").item(0);
            assertThat(title.getElementsByTagName("polish").item(0).getTextContent()).isNotBlank();
            assertThat(title.getElementsByTagName("english").item(0).getTextContent()).isNotBlank();
            assertThat(d.getElementsByTagName("resource").getLength()).isPositive();
        }
        // the same identifiers on the next harvest
        assertThat(get("/opendata/harvester.xml")).isEqualTo(xml);
    }
}
