package pl.miasto4.app.opendata;

import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue in CKAN's shapes (the action API of CKAN 2.x): package dicts with resources, tags, organization
 * and extras, and the answers of package_list, package_show and package_search, so that CKAN harvesters and
 * clients read it unchanged. A wrong parameter is a {@link CkanError} with CKAN's own error dict.
 */
@Component
public class CkanPackages {
    /** CKAN writes times as ISO local date-times in UTC with microseconds. */
    static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
    static final int ROWS_MAX = 1000;

    private final OpenDataCatalogue catalogue;
    private final OpenDataSettings settings;

    public CkanPackages(OpenDataCatalogue catalogue, OpenDataSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** An error CKAN would answer: HTTP status and the error dict ({@code __type} and the fields). */
    public static class CkanError extends RuntimeException {
        final int status;
        final Map<String, Object> error;

        CkanError(int status, Map<String, Object> error) {
            super(String.valueOf(error));
            this.status = status;
            this.error = error;
        }

        static CkanError validation(String field, Object message) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put(field, message);
            e.put("__type", "Validation Error");
            return new CkanError(409, e);
        }

        static CkanError notFound() {
            return new CkanError(404, new LinkedHashMap<>(Map.of("__type", "Not Found Error", "message", "Not found")));
        }

        static CkanError badRequest(String message) {
            return new CkanError(400, new LinkedHashMap<>(Map.of("__type", "Bad request", "message", "Bad request - " + message)));
        }

        public int status() {
            return status;
        }

        public Map<String, Object> error() {
            return error;
        }
    }

    public List<String> packageList(Map<String, String> p) {
        List<String> names = catalogue.datasets().stream().map(PublishedDataset::id).sorted().toList();
        int offset = natural(p, "offset", 0);
        Integer limit = p.containsKey("limit") ? natural(p, "limit", 0) : null;
        List<String> rest = names.subList(Math.min(offset, names.size()), names.size());
        return limit == null ? rest : rest.subList(0, Math.min(limit, rest.size()));
    }

    public Map<String, Object> packageShow(Map<String, String> p, String base) {
        String id = p.getOrDefault("id", "");
        if (id.isBlank()) {
            id = p.getOrDefault("name_or_id", "");
        }
        if (id.isBlank()) {
            throw CkanError.validation("name_or_id", "Missing value");
        }
        return packageDict(catalogue.dataset(id).orElseThrow(CkanError::notFound), base);
    }

    public Map<String, Object> packageSearch(Map<String, String> p, String base) {
        int rows = Math.min(natural(p, "rows", 10), ROWS_MAX);
        int start = natural(p, "start", 0);
        String q = p.getOrDefault("q", "").strip();
        List<String> words = q.isEmpty() || q.equals("*:*") ? List.of()
                : List.of(q.toLowerCase(OpenDataCatalogue.PL).split("\\s+"));
        List<PublishedDataset> found = catalogue.datasets().stream().filter(d -> matches(d, words)).toList();
        List<Map<String, Object>> results = new ArrayList<>();
        for (PublishedDataset d : found.subList(Math.min(start, found.size()), Math.min(start + rows, found.size()))) {
            results.add(packageDict(d, base));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("count", found.size());
        r.put("facets", Map.of());
        r.put("results", results);
        r.put("sort", "score desc, metadata_modified desc");
        r.put("search_facets", Map.of());
        return r;
    }

    private static boolean matches(PublishedDataset d, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String text = String.join(" ", d.id(), d.titlePl(), d.titleEn(), d.descriptionPl(), d.descriptionEn(),
                String.join(" ", d.keywords())).toLowerCase(OpenDataCatalogue.PL);
        return words.stream().allMatch(text::contains);
    }

    /** A non-negative integer parameter, as CKAN's natural_number_validator checks it. */
    static int natural(Map<String, String> p, String name, int otherwise) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw CkanError.validation(name, List.of("Invalid integer"));
        }
        if (n < 0) {
            throw CkanError.validation(name, List.of("Must be a natural number"));
        }
        return n;
    }

    Map<String, Object> packageDict(PublishedDataset d, String base) {
        String time = d.modified().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().format(CKAN_TIME);
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", "publisher");
        org.put("name", "publisher");
        org.put("title", settings.publisherName());
        org.put("type", "organization");
        org.put("is_organization", true);
        org.put("state", "active");
        List<Map<String, Object>> resources = new ArrayList<>();
        int i = 0;
        for (PublishedDataset.Distribution f : d.distributions()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", d.id() + "--" + f.format());
            r.put("package_id", d.id());
            r.put("name", f.titlePl());
            r.put("description", f.titleEn());
            r.put("url", base + f.path());
            r.put("format", f.fileType());
            r.put("mimetype", f.mediaType());
            r.put("position", i++);
            r.put("state", "active");
            r.put("last_modified", time);
            r.put("openness_score", f.openness());
            resources.add(r);
        }
        List<Map<String, Object>> tags = d.keywords().stream()
                .map(k -> Map.<String, Object>of("name", k, "display_name", k, "state", "active")).toList();
        List<Map<String, Object>> extras = new ArrayList<>();
        extra(extras, "title_en", d.titleEn());
        extra(extras, "notes_en", d.descriptionEn());
        extra(extras, "frequency", CatalogueRdf.EU + "frequency/" + CatalogueRdf.frequencyCode(d.frequency()));
        extra(extras, "temporal_start", d.temporalStart());
        extra(extras, "temporal_end", d.temporalEnd());
        extra(extras, "spatial_uri", CatalogueRdf.EU + "country/POL");
        extra(extras, "theme", CatalogueRdf.EU + "data-theme/" + d.theme());
        extra(extras, "publisher_regon", settings.regon());
        extra(extras, "valid_until", d.validUntil());
        extra(extras, "uri", base + "/opendata/datasets/" + d.id());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", d.id());
        p.put("name", d.id());
        p.put("title", d.titlePl());
        p.put("notes", d.descriptionPl());
        p.put("type", "dataset");
        p.put("state", "active");
        p.put("private", false);
        p.put("license_id", settings.licence().replace('_', '-').replace("-4-0", "-4.0"));
        p.put("license_title", settings.licence().replace('_', ' ').replace(" 4 0", " 4.0"));
        p.put("license_url", settings.licenceUrl());
        p.put("metadata_created", time);
        p.put("metadata_modified", time);
        p.put("url", base + d.landingPage());
        p.put("maintainer", settings.publisherName());
        p.put("maintainer_email", settings.contactEmail());
        p.put("owner_org", "publisher");
        p.put("organization", org);
        p.put("num_resources", resources.size());
        p.put("resources", resources);
        p.put("num_tags", tags.size());
        p.put("tags", tags);
        p.put("groups", List.of());
        p.put("extras", extras);
        return p;
    }

    private static void extra(List<Map<String, Object>> extras, String key, Object value) {
        if (value != null) {
            extras.add(Map.of("key", key, "value", value.toString()));
        }
    }
}
