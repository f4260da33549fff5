package pl.miasto4.app.opendata;

import org.springframework.stereotype.Component;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The catalogue as the XML file dane.gov.pl's harvester reads (namespace {@code urn:otwarte-dane:harvester:1.13}):
 * one {@code dataset} per catalogue entry with its resources, titles and descriptions in Polish and English,
 * update frequency, EU data-theme category and tags. Identifiers ({@code extIdent}, at most 36 characters) are
 * name-based UUIDs of the catalogue identifiers, so they stay the same from one harvest to the next. The
 * layout follows the harvester's published instructions as third-party generators implement them; its XSD was
 * not at hand, so the file is not validated against it (docs/opendata.md).
 */
@Component
public class HarvesterXml {
    public static final String NAMESPACE = "urn:otwarte-dane:harvester:1.13";

    private final OpenDataCatalogue catalogue;

    public HarvesterXml(OpenDataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    static String extIdent(String key) {
        return UUID.nameUUIDFromBytes(("miasto4:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The harvester's words for the update frequency. */
    static String frequency(String frequency) {
        return switch (frequency) {
            case "annual" -> "yearly";
            case "quarterly", "monthly", "weekly", "daily" -> frequency;
            default -> "irregular";
        };
    }

    public byte[] write(String base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("ns2", "datasets", NAMESPACE);
            x.writeNamespace("ns2", NAMESPACE);
            for (PublishedDataset d : catalogue.datasets()) {
                x.writeStartElement("dataset");
                x.writeAttribute("status", "published");
                text(x, "extIdent", extIdent(d.id()));
                both(x, "title", d.titlePl(), d.titleEn());
                both(x, "description", d.descriptionPl(), d.descriptionEn());
                text(x, "url", base + d.landingPage());
                text(x, "updateFrequency", frequency(d.frequency()));
                flags(x);
                x.writeStartElement("categories");
                text(x, "category", d.theme());
                x.writeEndElement();
                x.writeStartElement("resources");
                for (PublishedDataset.Distribution f : d.distributions()) {
                    x.writeStartElement("resource");
                    x.writeAttribute("status", "published");
                    text(x, "extIdent", extIdent(d.id() + "/" + f.format()));
                    text(x, "url", base + f.path());
                    both(x, "title", f.titlePl(), f.titleEn());
                    both(x, "description", d.titlePl() + " — " + f.titlePl(), d.titleEn() + " — " + f.titleEn());
                    text(x, "availability", "local");
                    text(x, "dataDate", d.modified().toLocalDate().toString());
                    flags(x);
                    text(x, "containsProtectedData", "false");
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeStartElement("tags");
                for (String k : d.keywords()) {
                    x.writeStartElement("tag");
                    x.writeAttribute("lang", "pl");
                    x.writeCharacters(k);
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void flags(XMLStreamWriter x) throws XMLStreamException {
        text(x, "hasDynamicData", "false");
        text(x, "hasHighValueData", "false");
        text(x, "hasHighValueDataFromEuropeanCommissionList", "false");
        text(x, "hasResearchData", "false");
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void both(XMLStreamWriter x, String name, String pl, String en) throws XMLStreamException {
        x.writeStartElement(name);
        text(x, "polish", pl);
        text(x, "english", en);
        x.writeEndElement();
    }
}
