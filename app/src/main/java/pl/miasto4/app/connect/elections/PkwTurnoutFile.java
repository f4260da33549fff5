package pl.miasto4.app.connect.elections;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import pl.miasto4.app.connect.load.Note;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PKW results file read for turnout: one row per gmina (presidential 2020, 2025) or per polling
 * station (local elections 2014), semicolon-separated, as PKW and its mirrors publish them. Only the
 * columns turnout needs are read, by their PKW names: the gmina's TERYT code, its name and powiat
 * (the 2025 first-round file names cities with county rights by powiat only), the voters entitled to
 * vote, and the valid ballot papers. Every unreadable number is a problem naming line and column.
 */
final class PkwTurnoutFile {
    static final List<String> TERYT = List.of("TERYT Gminy", "Kod TERYT", "teryt");
    static final List<String> ELIGIBLE = List.of("Liczba wyborców uprawnionych do głosowania", "uprawnieni");
    static final List<String> VALID_CARDS = List.of("Liczba kart ważnych", "kartyWazne");

    /** One row: TERYT (6 digits, or empty), names as written, and the two counts. */
    record Row(long line, String teryt, String gmina, String powiat, long eligible, long validCards) {
    }

    /** @param empty rows with neither count (commissions that reported nothing) */
    record Read(List<Row> rows, int empty, List<Note> problems) {
    }

    private PkwTurnoutFile() {
    }

    static Read read(Reader in, String name) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<Note> problems = new ArrayList<>();
        int empty = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first); // PKW's files start with a byte-order mark; its header must not swallow it
        }
        try (CSVParser csv = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = csv.getHeaderMap();
            String teryt = column(header, TERYT);
            String eligible = column(header, ELIGIBLE);
            String valid = column(header, VALID_CARDS);
            if (teryt == null || eligible == null || valid == null) {
                problems.add(Note.of("connect.problem.not_pkw", name, TERYT.get(0), TERYT.get(1), ELIGIBLE.get(0), VALID_CARDS.get(0)));
                return new Read(rows, empty, problems);
            }
            for (CSVRecord r : csv) {
                long line = r.getRecordNumber() + 1;
                if (!r.isConsistent()) {
                    problems.add(Note.of("connect.problem.fields", name, line, r.size(), header.size()));
                    continue;
                }
                if (r.get(eligible).isBlank() && r.get(valid).isBlank()) {
                    empty++; // PKW lists commissions abroad that reported nothing (e.g. Irak, Liban in 2025)
                    continue;
                }
                Long e = number(r, eligible, name, line, problems);
                Long v = number(r, valid, name, line, problems);
                if (e == null || v == null) {
                    continue;
                }
                if (v > e) {
                    problems.add(Note.of("connect.problem.valid_exceeds", name, line, valid, v, e));
                    continue;
                }
                String code = r.get(teryt).replaceAll("\\s", "");
                if (code.matches("\\d{5}")) {
                    code = "0" + code; // a spreadsheet dropped the leading zero of voivodeships 02…08
                }
                rows.add(new Row(line, code, optional(r, "Gmina"), optional(r, "Powiat"), e, v));
            }
        }
        return new Read(rows, empty, problems);
    }

    private static String column(Map<String, Integer> header, List<String> names) {
        return names.stream().filter(header::containsKey).findFirst().orElse(null);
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column) : "";
    }

    private static Long number(CSVRecord r, String column, String name, long line, List<Note> problems) {
        String text = r.get(column).replaceAll("[\\s\\u00a0]", "");
        try {
            long n = Long.parseLong(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException ex) {
            problems.add(Note.of("connect.problem.not_people", name, line, column, r.get(column)));
            return null;
        }
    }
}
