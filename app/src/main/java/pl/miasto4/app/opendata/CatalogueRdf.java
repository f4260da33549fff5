package pl.miasto4.app.opendata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The catalogue as RDF after DCAT-AP 3.0 (SEMIC), with the Polish profile's extras: every dataset with its
 * publisher (and REGON), contact point, licence, temporal and spatial coverage, update frequency, theme and
 * distributions (media type, EU file type, download URL, licence); on each distribution the five-star openness
 * score and on each dataset the date until which it is current ({@code dct:valid}). Controlled values are the EU
 * authority tables (publications.europa.eu/resource/authority/...), as DCAT-AP asks.
 */
@Component
public class CatalogueRdf {
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String IANA = "http://www.iana.org/assignments/media-types/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    /** Miasto's terms for what DCAT-AP PL adds and no W3C or EU vocabulary names (docs/opendata.md). */
    public static final String MIASTO = "https://miasto4.pl/ns/opendata#";

    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final OpenDataCatalogue catalogue;
    private final OpenDataSettings settings;
    private final MessageSource messages;

    public CatalogueRdf(OpenDataCatalogue catalogue, OpenDataSettings settings, MessageSource messages) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.messages = messages;
    }

    /** The serialisations offered, by file extension. */
    public enum Syntax {
        TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS),
        JSON_LD("jsonld", "application/ld+json", RDFFormat.JSONLD11),
        RDF_XML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

        public final String extension;
        public final String mediaType;
        final RDFFormat format;

        Syntax(String extension, String mediaType, RDFFormat format) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.format = format;
        }
    }

    /** Written catalogues by syntax, address and {@link OpenDataCatalogue#version() catalogue version}. */
    private final com.github.benmanes.caffeine.cache.Cache<String, byte[]> written =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(12).build();

    /** The catalogue written in one syntax, kept until what it describes changes (the store's version). */
    public byte[] cached(String base, Syntax syntax) {
        return written.get(syntax.extension + " " + base + " " + catalogue.version(), k -> write(base, syntax));
    }

    /**
     * The catalogue written in one syntax. Turtle is streamed: every triple goes straight to Jena's streaming Turtle
     * writer ({@link StreamRDFWriter}, blocks by subject), with no model in between. JSON-LD and RDF/XML need the
     * whole graph (framing, nesting), so the same triples are streamed into a plain graph first.
     */
    public byte[] write(String base, Syntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        if (syntax == Syntax.TURTLE) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            stream.start();
            emit(base, stream);
            stream.finish();
        } else {
            RDFDataMgr.write(out, graph(base), syntax.format);
        }
        return out.toByteArray();
    }

    /** The catalogue as a Jena model; {@code base} is the site's address without a trailing slash. */
    public Model model(String base) {
        return ModelFactory.createModelForGraph(graph(base));
    }

    private Graph graph(String base) {
        Graph g = GraphFactory.createDefaultGraph();
        StreamRDF stream = StreamRDFLib.graph(g);
        stream.start();
        emit(base, stream);
        stream.finish();
        return g;
    }

    /**
     * Sends every triple of the catalogue to {@code out}, each once: shared resources (publisher, contact, licence,
     * languages, place, frequencies, themes, media and file types) are described the first time they are named.
     */
    void emit(String base, StreamRDF out) {
        PREFIXES.forEach(out::prefix);
        Emitter e = new Emitter(out);
        List<PublishedDataset> datasets = catalogue.datasets();

        Node publisher = uri(base + "/catalog#publisher");
        e.add(publisher, RDF.type.asNode(), uri(FOAF + "Agent"));
        e.add(publisher, RDF.type.asNode(), uri(FOAF + "Organization"));
        e.add(publisher, uri(FOAF + "name"), pl(settings.publisherName()));
        Node publisherType = e.concept("http://purl.org/adms/publishertype/LocalAuthority", "opendata.publisher-type");
        e.add(publisher, DCTerms.type.asNode(), publisherType);
        Node identifier = NodeFactory.createBlankNode();
        e.add(publisher, uri(ADMS + "identifier"), identifier);
        e.add(identifier, RDF.type.asNode(), uri(ADMS + "Identifier"));
        e.add(identifier, SKOS.notation.asNode(), NodeFactory.createLiteralString(settings.regon()));
        e.add(identifier, uri(ADMS + "schemaAgency"), NodeFactory.createLiteralString("GUS (REGON)"));

        Node contact = uri(base + "/catalog#contact");
        e.add(contact, RDF.type.asNode(), VCARD4.Kind.asNode());
        e.add(contact, RDF.type.asNode(), VCARD4.Organization.asNode());
        e.add(contact, VCARD4.fn.asNode(), NodeFactory.createLiteralString(settings.publisherName()));
        e.add(contact, VCARD4.hasEmail.asNode(), uri("mailto:" + settings.contactEmail()));

        Node licence = uri(EU + "licence/" + settings.licence());
        e.add(licence, RDF.type.asNode(), DCTerms.LicenseDocument.asNode());
        e.add(licence, RDFS.seeAlso.asNode(), uri(settings.licenceUrl()));
        Node poland = e.typed(EU + "country/POL", DCTerms.Location);
        Node polish = e.typed(EU + "language/POL", DCTerms.LinguisticSystem);
        Node english = e.typed(EU + "language/ENG", DCTerms.LinguisticSystem);
        Node publicAccess = e.typed(EU + "access-right/PUBLIC", DCTerms.RightsStatement);

        OffsetDateTime newest = datasets.stream().map(PublishedDataset::modified).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(OffsetDateTime.now(ZoneOffset.UTC));
        Node cat = uri(base + "/catalog");
        Node home = e.typed(base + "/", FOAF_DOCUMENT);
        e.add(cat, RDF.type.asNode(), DCAT.Catalog.asNode());
        e.add(cat, DCTerms.title.asNode(), pl(text("opendata.catalog.title", OpenDataCatalogue.PL, settings.publisherName())));
        e.add(cat, DCTerms.title.asNode(), en(text("opendata.catalog.title", OpenDataCatalogue.EN, settings.publisherName())));
        e.add(cat, DCTerms.description.asNode(), pl(text("opendata.catalog.description", OpenDataCatalogue.PL)));
        e.add(cat, DCTerms.description.asNode(), en(text("opendata.catalog.description", OpenDataCatalogue.EN)));
        e.add(cat, DCTerms.publisher.asNode(), publisher);
        e.add(cat, DCAT.contactPoint.asNode(), contact);
        e.add(cat, DCTerms.license.asNode(), licence);
        e.add(cat, DCTerms.language.asNode(), polish);
        e.add(cat, DCTerms.language.asNode(), english);
        e.add(cat, DCTerms.spatial.asNode(), poland);
        e.add(cat, uri(FOAF + "homepage"), home);
        e.add(cat, DCTerms.modified.asNode(), dateTime(newest));
        for (PublishedDataset d : datasets) {
            e.add(cat, DCAT.dataset.asNode(), uri(base + "/opendata/datasets/" + d.id()));
        }

        for (PublishedDataset d : datasets) {
            Node ds = uri(base + "/opendata/datasets/" + d.id());
            // the shared resources first, so that the dataset's triples stay one block
            Node frequency = e.typed(EU + "frequency/" + frequencyCode(d.frequency()), DCTerms.Frequency);
            Node theme = e.concept(EU + "data-theme/" + d.theme(), "opendata.theme." + d.theme());
            Node landing = e.typed(base + d.landingPage(), FOAF_DOCUMENT);
            Node modified = dateTime(d.modified());
            Node period = null;
            if (d.temporalStart() != null || d.temporalEnd() != null) {
                period = NodeFactory.createBlankNode();
                e.add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
                if (d.temporalStart() != null) {
                    e.add(period, DCAT.startDate.asNode(), date(d.temporalStart()));
                }
                if (d.temporalEnd() != null) {
                    e.add(period, DCAT.endDate.asNode(), date(d.temporalEnd()));
                }
            }
            e.add(ds, RDF.type.asNode(), DCAT.Dataset.asNode());
            e.add(ds, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(d.id()));
            e.add(ds, DCTerms.title.asNode(), pl(d.titlePl()));
            e.add(ds, DCTerms.title.asNode(), en(d.titleEn()));
            e.add(ds, DCTerms.description.asNode(), pl(d.descriptionPl()));
            e.add(ds, DCTerms.description.asNode(), en(d.descriptionEn()));
            e.add(ds, DCTerms.publisher.asNode(), publisher);
            e.add(ds, DCAT.contactPoint.asNode(), contact);
            e.add(ds, DCTerms.license.asNode(), licence);
            e.add(ds, DCTerms.accessRights.asNode(), publicAccess);
            e.add(ds, DCTerms.language.asNode(), polish);
            e.add(ds, DCTerms.spatial.asNode(), poland);
            e.add(ds, DCTerms.accrualPeriodicity.asNode(), frequency);
            e.add(ds, DCAT.theme.asNode(), theme);
            e.add(ds, DCAT.landingPage.asNode(), landing);
            e.add(ds, DCTerms.modified.asNode(), modified);
            for (String k : d.keywords()) {
                e.add(ds, DCAT.keyword.asNode(), NodeFactory.createLiteralString(k));
            }
            if (period != null) {
                e.add(ds, DCTerms.temporal.asNode(), period);
            }
            if (d.validUntil() != null) {
                e.add(ds, DCTerms.valid.asNode(), date(d.validUntil()));
            }
            for (PublishedDataset.Distribution f : d.distributions()) {
                e.add(ds, DCAT.distribution.asNode(), uri(base + "/opendata/datasets/" + d.id() + "#" + f.format()));
            }
            for (PublishedDataset.Distribution f : d.distributions()) {
                // typed, as DCAT-AP's range shapes ask (they run without RDFS inference)
                Node url = uri(base + f.path());
                e.add(url, RDF.type.asNode(), RDFS.Resource.asNode());
                Node mediaType = e.typed(IANA + f.mediaType(), DCTerms.MediaType);
                Node fileType = e.typed(EU + "file-type/" + f.fileType(), DCTerms.MediaTypeOrExtent);
                Node dist = uri(base + "/opendata/datasets/" + d.id() + "#" + f.format());
                e.add(dist, RDF.type.asNode(), DCAT.Distribution.asNode());
                e.add(dist, DCTerms.title.asNode(), pl(f.titlePl()));
                e.add(dist, DCTerms.title.asNode(), en(f.titleEn()));
                e.add(dist, DCAT.accessURL.asNode(), url);
                e.add(dist, DCAT.downloadURL.asNode(), url);
                e.add(dist, DCAT.mediaType.asNode(), mediaType);
                e.add(dist, DCTerms.format.asNode(), fileType);
                e.add(dist, DCTerms.license.asNode(), licence);
                e.add(dist, DCTerms.modified.asNode(), modified);
                e.add(dist, OPENNESS, NodeFactory.createLiteralDT(String.valueOf(f.openness()), XSDDatatype.XSDnonNegativeInteger));
            }
        }
    }

    private static final Node FOAF_DOCUMENT = NodeFactory.createURI(FOAF + "Document");
    private static final Node OPENNESS = NodeFactory.createURI(MIASTO + "opennessScore");
    private static final java.util.Map<String, String> PREFIXES = prefixes();

    private static java.util.Map<String, String> prefixes() {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("dcat", DCAT.NS);
        p.put("dct", DCTerms.NS);
        p.put("foaf", FOAF);
        p.put("vcard", VCARD4.NS);
        p.put("skos", SKOS.getURI());
        p.put("adms", ADMS);
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("miasto", MIASTO);
        p.put("eu", EU);
        return p;
    }

    /** Sends triples on, and describes each shared resource (its type, labels) only the first time it is named. */
    private final class Emitter {
        private final StreamRDF out;
        private final java.util.Set<String> described = new java.util.HashSet<>();
        private final java.util.Map<String, Node> nodes = new java.util.HashMap<>();

        Emitter(StreamRDF out) {
            this.out = out;
        }

        void add(Node s, Node p, Node o) {
            out.triple(Triple.create(s, p, o));
        }

        Node typed(String uri, org.apache.jena.rdf.model.Resource type) {
            return typed(uri, type.asNode());
        }

        Node typed(String uri, Node type) {
            Node n = nodes.computeIfAbsent(uri, NodeFactory::createURI);
            if (described.add(uri)) {
                add(n, RDF.type.asNode(), type);
            }
            return n;
        }

        /** A concept of a controlled vocabulary, with its labels in Polish and English (from messages_*). */
        Node concept(String uri, String labelKey) {
            Node n = nodes.computeIfAbsent(uri, NodeFactory::createURI);
            if (described.add(uri)) {
                add(n, RDF.type.asNode(), SKOS.Concept.asNode());
                add(n, SKOS.prefLabel.asNode(), pl(text(labelKey, OpenDataCatalogue.PL)));
                add(n, SKOS.prefLabel.asNode(), en(text(labelKey, OpenDataCatalogue.EN)));
            }
            return n;
        }
    }

    private String text(String key, java.util.Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Node uri(String uri) {
        return NodeFactory.createURI(uri);
    }

    private static Node pl(String text) {
        return NodeFactory.createLiteralLang(text, "pl");
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    /** The EU frequency authority's code for the store's update frequency. */
    static String frequencyCode(String frequency) {
        return switch (frequency) {
            case "annual" -> "ANNUAL";
            case "quarterly" -> "QUARTERLY";
            case "monthly" -> "MONTHLY";
            case "weekly" -> "WEEKLY";
            case "daily" -> "DAILY";
            default -> "IRREG";
        };
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node dateTime(OffsetDateTime t) {
        return NodeFactory.createLiteralDT(DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC)), XSDDatatype.XSDdateTime);
    }
}
