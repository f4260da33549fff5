package pl.miasto4.app.pb.admin;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A pool's projects as officials send them in a CSV file. */
public final class ProjectsCsv {
    private ProjectsCsv() {
    }

    /** Reads a projects CSV: {@code id;name;cost;category} (or {@code id;nazwa;koszt;kategoria}), categories split by commas. */
    public static List<EditionAdmin.NewProject> read(String text) {
        List<String> problems = new ArrayList<>();
        List<EditionAdmin.NewProject> out = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String first = body.lines().findFirst().orElse("");
        char sep = first.indexOf(';') >= 0 ? ';' : first.indexOf('\t') >= 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Map<String, Integer> h = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((k, v) -> h.put(k.strip().toLowerCase(Locale.ROOT), v));
            Integer id = first(h, "id", "project_id", "numer");
            Integer name = first(h, "name", "nazwa", "tytuł", "tytul");
            Integer cost = first(h, "cost", "koszt");
            Integer cat = first(h, "category", "categories", "kategoria", "kategorie");
            if (id == null || name == null || cost == null) {
                throw new EditionAdmin.Invalid(List.of("line 1: the header needs columns id, name and cost (or id, nazwa, koszt); found "
                        + String.join(", ", h.keySet())));
            }
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                if (!r.isConsistent()) {
                    problems.add("line " + line + ": " + r.size() + " fields, the header has " + h.size());
                    continue;
                }
                BigDecimal c;
                try {
                    c = new BigDecimal(r.get(cost).replace(" ", "").replace("\u00a0", "").replace(',', '.'));
                } catch (NumberFormatException ex) {
                    problems.add("line " + line + ", cost '" + r.get(cost) + "': not a number");
                    continue;
                }
                List<String> cats = cat == null || r.get(cat).isBlank() ? List.of()
                        : List.of(r.get(cat).split("\\s*,\\s*"));
                out.add(new EditionAdmin.NewProject(r.get(id), r.get(name), c, cats));
            }
        } catch (IOException ex) {
            throw new EditionAdmin.Invalid(List.of("cannot read the file: " + ex.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new EditionAdmin.Invalid(problems);
        }
        return out;
    }

    private static Integer first(Map<String, Integer> header, String... names) {
        for (String n : names) {
            if (header.containsKey(n)) {
                return header.get(n);
            }
        }
        return null;
    }
}
