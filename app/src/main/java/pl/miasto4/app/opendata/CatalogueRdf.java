package pl.miasto4.app.opendata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
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

    private final com.github.benmanes.caffeine.cache.Cache<String, byte[]> written =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                    .expireAfterWrite(java.time.Duration.ofSeconds(30)).maximumSize(12).build();

    /** The catalogue written in one syntax, kept 30 s (as the entries it is made of). */
    public byte[] cached(String base, Syntax syntax) {
        return written.get(syntax.extension + " " + base, k -> write(base, syntax));
    }

    public byte[] write(String base, Syntax syntax) {
        Model m = model(base);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        RDFDataMgr.write(out, m, syntax.format);
        return out.toByteArray();
    }

    /** The catalogue as a Jena model; {@code base} is the site's address without a trailing slash. */
    public Model model(String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("vcard", VCARD4.NS);
        m.setNsPrefix("skos", SKOS.getURI());
        m.setNsPrefix("adms", ADMS);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("miasto", MIASTO);
        List<PublishedDataset> datasets = catalogue.datasets();

        Resource publisher = m.createResource(base + "/catalog#publisher")
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(RDF.type, m.createResource(FOAF + "Organization"))
                .addProperty(m.createProperty(FOAF, "name"), settings.publisherName(), "pl")
                .addProperty(DCTerms.type, concept(m, "http://purl.org/adms/publishertype/LocalAuthority", "opendata.publisher-type"))
                .addProperty(m.createProperty(ADMS, "identifier"), m.createResource()
                        .addProperty(RDF.type, m.createResource(ADMS + "Identifier"))
                        .addProperty(SKOS.notation, settings.regon())
                        .addProperty(m.createProperty(ADMS, "schemaAgency"), "GUS (REGON)"));
        Resource contact = m.createResource(base + "/catalog#contact")
                .addProperty(RDF.type, VCARD4.Kind)
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, settings.publisherName())
                .addProperty(VCARD4.hasEmail, m.createResource("mailto:" + settings.contactEmail()));
        Resource licence = m.createResource(EU + "licence/" + settings.licence())
                .addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(org.apache.jena.vocabulary.RDFS.seeAlso, m.createResource(settings.licenceUrl()));
        Resource poland = m.createResource(EU + "country/POL").addProperty(RDF.type, DCTerms.Location);
        Resource polish = m.createResource(EU + "language/POL").addProperty(RDF.type, DCTerms.LinguisticSystem);
        Resource english = m.createResource(EU + "language/ENG").addProperty(RDF.type, DCTerms.LinguisticSystem);
        Resource publicAccess = m.createResource(EU + "access-right/PUBLIC").addProperty(RDF.type, DCTerms.RightsStatement);

        OffsetDateTime newest = datasets.stream().map(PublishedDataset::modified).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(OffsetDateTime.now(ZoneOffset.UTC));
        Resource cat = m.createResource(base + "/catalog")
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, text("opendata.catalog.title", OpenDataCatalogue.PL, settings.publisherName()), "pl")
                .addProperty(DCTerms.title, text("opendata.catalog.title", OpenDataCatalogue.EN, settings.publisherName()), "en")
                .addProperty(DCTerms.description, text("opendata.catalog.description", OpenDataCatalogue.PL), "pl")
                .addProperty(DCTerms.description, text("opendata.catalog.description", OpenDataCatalogue.EN), "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.language, polish)
                .addProperty(DCTerms.language, english)
                .addProperty(DCTerms.spatial, poland)
                .addProperty(m.createProperty(FOAF, "homepage"), document(m, base + "/"))
                .addProperty(DCTerms.modified, dateTime(m, newest));

        for (PublishedDataset d : datasets) {
            Resource ds = m.createResource(base + "/opendata/datasets/" + d.id())
                    .addProperty(RDF.type, DCAT.Dataset)
                    .addProperty(DCTerms.identifier, d.id())
                    .addProperty(DCTerms.title, d.titlePl(), "pl")
                    .addProperty(DCTerms.title, d.titleEn(), "en")
                    .addProperty(DCTerms.description, d.descriptionPl(), "pl")
                    .addProperty(DCTerms.description, d.descriptionEn(), "en")
                    .addProperty(DCTerms.publisher, publisher)
                    .addProperty(DCAT.contactPoint, contact)
                    .addProperty(DCTerms.license, licence)
                    .addProperty(DCTerms.accessRights, publicAccess)
                    .addProperty(DCTerms.language, polish)
                    .addProperty(DCTerms.spatial, poland)
                    .addProperty(DCTerms.accrualPeriodicity, frequency(m, d.frequency()))
                    .addProperty(DCAT.theme, concept(m, EU + "data-theme/" + d.theme(), "opendata.theme." + d.theme()))
                    .addProperty(DCAT.landingPage, document(m, base + d.landingPage()))
                    .addProperty(DCTerms.modified, dateTime(m, d.modified()));
            d.keywords().forEach(k -> ds.addProperty(DCAT.keyword, k));
            if (d.temporalStart() != null || d.temporalEnd() != null) {
                Resource period = m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime);
                if (d.temporalStart() != null) {
                    period.addProperty(DCAT.startDate, date(m, d.temporalStart()));
                }
                if (d.temporalEnd() != null) {
                    period.addProperty(DCAT.endDate, date(m, d.temporalEnd()));
                }
                ds.addProperty(DCTerms.temporal, period);
            }
            if (d.validUntil() != null) {
                ds.addProperty(DCTerms.valid, date(m, d.validUntil()));
            }
            for (PublishedDataset.Distribution f : d.distributions()) {
                // typed, as DCAT-AP's range shapes ask (they run without RDFS inference)
                Resource url = m.createResource(base + f.path()).addProperty(RDF.type, org.apache.jena.vocabulary.RDFS.Resource);
                Resource dist = m.createResource(base + "/opendata/datasets/" + d.id() + "#" + f.format())
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCTerms.title, f.titlePl(), "pl")
                        .addProperty(DCTerms.title, f.titleEn(), "en")
                        .addProperty(DCAT.accessURL, url)
                        .addProperty(DCAT.downloadURL, url)
                        .addProperty(DCAT.mediaType, m.createResource(IANA + f.mediaType()).addProperty(RDF.type, DCTerms.MediaType))
                        .addProperty(DCTerms.format, m.createResource(EU + "file-type/" + f.fileType())
                                .addProperty(RDF.type, DCTerms.MediaTypeOrExtent))
                        .addProperty(DCTerms.license, licence)
                        .addProperty(DCTerms.modified, dateTime(m, d.modified()))
                        .addLiteral(m.createProperty(MIASTO, "opennessScore"), m.createTypedLiteral(String.valueOf(f.openness()),
                                XSDDatatype.XSDnonNegativeInteger));
                ds.addProperty(DCAT.distribution, dist);
            }
            cat.addProperty(DCAT.dataset, ds);
        }
        return m;
    }

    private String text(String key, java.util.Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Resource document(Model m, String url) {
        return m.createResource(url).addProperty(RDF.type, m.createResource(FOAF + "Document"));
    }

    /** A concept of a controlled vocabulary, with its labels in Polish and English (from messages_*). */
    private Resource concept(Model m, String uri, String labelKey) {
        return m.createResource(uri).addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, text(labelKey, OpenDataCatalogue.PL), "pl")
                .addProperty(SKOS.prefLabel, text(labelKey, OpenDataCatalogue.EN), "en");
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

    private static Resource frequency(Model m, String frequency) {
        return m.createResource(EU + "frequency/" + frequencyCode(frequency)).addProperty(RDF.type, DCTerms.Frequency);
    }

    private static org.apache.jena.rdf.model.Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Model m, OffsetDateTime t) {
        return m.createTypedLiteral(DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC)), XSDDatatype.XSDdateTime);
    }
}
