package pl.miasto4.app.opendata;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.miasto4.app.StoreTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue as a harvester reads it, over real HTTP from the demo: /catalog.ttl parses as Turtle, holds at
 * least 50 datasets, each with a licence and a distribution whose download URL answers 200, and conforms to the
 * official DCAT-AP 3.0 SHACL shapes (SEMICeu/DCAT-AP releases/3.0.0, kept in src/test/resources/dcat-ap).
 */
class CatalogueStoreTest extends StoreTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<byte[]> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Model catalogue(String extension, Lang lang) throws Exception {
        HttpResponse<byte[]> r = get(baseUrl() + "/catalog." + extension);
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new java.io.ByteArrayInputStream(r.body())).lang(lang).base(baseUrl()).parse(m);
        return m;
    }

    static List<QuerySolution> select(Model m, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (var q = QueryExecutionFactory.create("""
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dct: <http://purl.org/dc/terms/>
                """ + query, m)) {
            q.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void theTurtleCatalogueHoldsFiftyDatasetsEachWithALicenceAndADownloadThatAnswers() throws Exception {
        Model m = catalogue("ttl", Lang.TURTLE);
        List<QuerySolution> datasets = select(m, "SELECT ?d WHERE { ?c a dcat:Catalog ; dcat:dataset ?d . ?d a dcat:Dataset }");
        assertThat(datasets).hasSizeGreaterThanOrEqualTo(50);
        // every distribution of every dataset, with its licence
        Map<String, List<String>> downloads = new LinkedHashMap<>();
        for (QuerySolution s : select(m, """
                SELECT ?d ?url WHERE { ?d a dcat:Dataset ; dcat:distribution ?x . ?x dcat:downloadURL ?url ; dct:license ?l }
                ORDER BY ?d ?url""")) {
            downloads.computeIfAbsent(s.getResource("d").getURI(), k -> new ArrayList<>()).add(s.getResource("url").getURI());
        }
        assertThat(downloads.keySet()).hasSameSizeAs(datasets);
        int i = 0;
        for (Map.Entry<String, List<String>> e : downloads.entrySet()) {
            // one file per dataset, the format rotating, so every kind of file is fetched somewhere
            String url = e.getValue().get(i++ % e.getValue().size());
            HttpResponse<byte[]> r = get(url);
            assertThat(r.statusCode()).as(e.getKey() + " → " + url).isEqualTo(200);
            assertThat(r.body()).as(url).isNotEmpty();
        }
        // every kind of thing the product publishes is there
        for (String kind : List.of("/ind-", "/pb-", "/index-build-", "/maturity-")) {
            assertThat(downloads.keySet()).as(kind).anyMatch(d -> d.contains("/opendata/datasets" + kind));
        }
    }

    @Test
    void theCatalogueConformsToTheOfficialDcatAp3Shapes() throws Exception {
        Model m = catalogue("ttl", Lang.TURTLE);
        Model shapesModel = ModelFactory.createDefaultModel();
        for (String f : List.of("dcat-ap-SHACL.ttl", "range.ttl")) {
            try (var in = getClass().getResourceAsStream("/dcat-ap/3.0.0/" + f)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(shapesModel);
            }
        }
        Shapes shapes = Shapes.parse(shapesModel.getGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, m.getGraph());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ShLib.printReport(new PrintStream(text, true, StandardCharsets.UTF_8), report);
        assertThat(report.conforms()).as(text.toString(StandardCharsets.UTF_8)).isTrue();
        // the shapes do bite: a dataset without a title breaks them
        Model broken = ModelFactory.createDefaultModel().add(m);
        var dataset = broken.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.DCAT.Dataset).next();
        broken.removeAll(dataset, org.apache.jena.vocabulary.DCTerms.title, null);
        assertThat(ShaclValidator.get().validate(shapes, broken.getGraph()).conforms()).isFalse();
    }

    @Test
    void jsonLdAndRdfXmlCarryTheSameGraph() throws Exception {
        Model turtle = catalogue("ttl", Lang.TURTLE);
        Model jsonld = catalogue("jsonld", Lang.JSONLD);
        Model rdfxml = catalogue("rdf", Lang.RDFXML);
        assertThat(jsonld.isIsomorphicWith(turtle)).isTrue();
        assertThat(rdfxml.isIsomorphicWith(turtle)).isTrue();
    }

    @Test
    void thePublisherCarriesItsRegonAndEveryDatasetItsCoverageFrequencyAndContact() throws Exception {
        Model m = catalogue("ttl", Lang.TURTLE);
        assertThat(select(m, """
                PREFIX adms: <http://www.w3.org/ns/adms#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?r WHERE { ?c a dcat:Catalog ; dct:publisher ?p . ?p adms:identifier ?i . ?i skos:notation ?r }"""))
                .extracting(s -> s.getLiteral("r").getString()).containsExactly("000000000");
        assertThat(select(m, """
                SELECT ?d WHERE { ?d a dcat:Dataset .
                  FILTER NOT EXISTS { ?d dct:temporal ?t ; dct:spatial ?s ; dct:accrualPeriodicity ?f ; dcat:contactPoint ?k ;
                                         dct:publisher ?p } }""")).isEmpty();
    }
}
