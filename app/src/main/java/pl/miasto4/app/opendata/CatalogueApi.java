package pl.miasto4.app.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import pl.miasto4.app.web.ApiProblem;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;

/**
 * The DCAT-AP catalogue ({@code /catalog.ttl}, {@code .jsonld}, {@code .rdf}) and the files of every series
 * under stable URLs {@code /opendata/datasets/{id}/{file}}, with an ETag and Last-Modified (304 when unchanged).
 */
@RestController
@Tag(name = "Open data")
public class CatalogueApi {
    private final OpenDataCatalogue catalogue;
    private final CatalogueRdf rdf;
    private final SeriesFiles files;
    private final OpenDataRepository repository;
    private final OpenDataSettings settings;
    private final HarvesterXml harvester;

    public CatalogueApi(OpenDataCatalogue catalogue, CatalogueRdf rdf, SeriesFiles files, OpenDataRepository repository,
                        OpenDataSettings settings, HarvesterXml harvester) {
        this.harvester = harvester;
        this.catalogue = catalogue;
        this.rdf = rdf;
        this.files = files;
        this.repository = repository;
        this.settings = settings;
    }

    @GetMapping({"/catalog.ttl", "/catalog.jsonld", "/catalog.rdf"})
    @Operation(summary = "The open-data catalogue (DCAT-AP 3.0)", description = "Turtle, JSON-LD or RDF/XML by extension: "
            + "every indicator series per kind of unit, participatory-budget pools, index builds, maturity assessments.")
    public ResponseEntity<byte[]> catalog(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        CatalogueRdf.Syntax syntax = Arrays.stream(CatalogueRdf.Syntax.values())
                .filter(s -> path.endsWith("." + s.extension)).findFirst().orElseThrow();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(syntax.mediaType + ";charset=UTF-8"))
                .body(rdf.cached(base(), syntax));
    }

    @GetMapping({"/opendata/harvester.xml", "/opendata/harvester.md5"})
    @Operation(summary = "The catalogue for dane.gov.pl's harvester", description = "XML in the namespace "
            + "urn:otwarte-dane:harvester:1.13; harvester.md5 is the MD5 of harvester.xml as served, in hex.")
    public ResponseEntity<byte[]> harvester(jakarta.servlet.http.HttpServletRequest request) throws Exception {
        byte[] xml = harvester.write(base());
        if (request.getRequestURI().endsWith(".xml")) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(xml);
        }
        String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(xml));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
                .body(md5.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @GetMapping("/opendata/datasets/{id}")
    @Operation(summary = "A dataset of the catalogue", description = "303 to the page that shows it.")
    public ResponseEntity<Void> dataset(@PathVariable String id) {
        PublishedDataset d = catalogue.dataset(id).orElseThrow(() -> ApiProblem.notFound("dataset", id));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(d.landingPage())).build();
    }

    @GetMapping("/opendata/datasets/{id}/{file}")
    @Operation(summary = "A file of a series", description = "data.csv (UTF-8), data-pl.csv (semicolons, decimal commas, "
            + "BOM), data.xlsx, data.jsonstat.json (JSON-stat 2.0), data.sdmx.csv (SDMX-CSV 1.0). ETag and Last-Modified; "
            + "304 on If-None-Match or If-Modified-Since when unchanged. 404 problem for an unknown dataset or file.")
    public void file(@PathVariable String id, @PathVariable String file, ServletWebRequest request,
                     HttpServletResponse response) throws IOException {
        OpenDataRepository.Series s = catalogue.series(id).orElseThrow(() -> catalogue.dataset(id).isPresent()
                ? new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", "Dataset '" + id
                + "' is not a series; its files are listed in the catalogue.")
                : ApiProblem.notFound("dataset", id));
        OpenDataCatalogue.SeriesFormat format = OpenDataCatalogue.SeriesFormat.ofFile(file).orElseThrow(() ->
                new ApiProblem(HttpStatus.NOT_FOUND, "unknown-format", "Not found", "Dataset '" + id + "' has no file '"
                        + file + "'.", Map.of("files", Arrays.stream(OpenDataCatalogue.SeriesFormat.values())
                        .map(f -> f.file).toList())));
        PublishedDataset d = catalogue.dataset(id).orElseThrow();
        OpenDataRepository.Version v = repository.version(s.indicator(), s.unitSet());
        if (v.values() == 0) {
            throw ApiProblem.notFound("dataset", id);
        }
        String etag = etag(id + "|" + format.format + "|" + v.values() + "|" + v.modified().toInstant().toEpochMilli());
        long lastModified = v.modified().toInstant().toEpochMilli();
        if (request.checkNotModified(etag, lastModified)) {
            return;
        }
        response.setContentType(format.mediaType + (format.mediaType.startsWith("text/") || format.mediaType.endsWith("json")
                ? ";charset=UTF-8" : ""));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(id + "-" + format.file).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=0, must-revalidate");
        String url = base() + "/opendata/datasets/" + id + "/" + file;
        files.write(format, s, d, url, response.getOutputStream());
    }

    /** A strong validator: the first 16 hex digits of the SHA-256 of what the file's content depends on. */
    static String etag(String key) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "\"" + java.util.HexFormat.of().formatHex(d, 0, 8) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return settings.baseUrl().isEmpty()
                ? org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : settings.baseUrl();
    }
}
