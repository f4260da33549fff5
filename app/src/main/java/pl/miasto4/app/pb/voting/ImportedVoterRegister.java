package pl.miasto4.app.pb.voting;

import pl.miasto4.app.pb.results.PbRepository;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.db.CopyRows;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The voter register imported from a CSV file, one resident a line: an identifier (PESEL or another
 * personal number), the birth date (or none, when the identifier is a PESEL, which contains it) and
 * the district of residence. Headers in Polish or English: {@code pesel|id}, {@code data_urodzenia|birth_date},
 * {@code dzielnica|district}; separator {@code ;} or {@code ,}. Only what eligibility needs is stored:
 * the keyed hash of the identifier, the district, and the first day a person who comes of age during
 * (or after) the voting period may vote. All or nothing: any bad line rejects the file.
 */
@Component
public class ImportedVoterRegister implements VoterRegister {
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd.MM.yyyy"), DateTimeFormatter.ofPattern("d.M.yyyy"));

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final PbSecrets secrets;
    private final AuditTrail audit;

    public ImportedVoterRegister(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, PbSecrets secrets,
                                 AuditTrail audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.secrets = secrets;
        this.audit = audit;
    }

    @Override
    public Optional<Entry> find(PbRepository.Edition edition, byte[] voterHash) {
        return jdbc.sql("SELECT district, eligible_from FROM pb_voter WHERE edition_id = ? AND voter_hash = ?")
                .params(edition.id(), voterHash)
                .query((rs, n) -> new Entry(rs.getString("district"), rs.getObject("eligible_from", LocalDate.class)))
                .optional();
    }

    /** One refused line: where and why. */
    public record Problem(int line, String column, String value, String reason) {
        @Override
        public String toString() {
            return "line " + line + (column.isEmpty() ? "" : ", " + column) + (value.isEmpty() ? "" : " '" + value + "'")
                    + ": " + reason;
        }
    }

    public record Report(String file, int voters, int notYetOfAge, List<Problem> problems) {
        public boolean rejected() {
            return !problems.isEmpty();
        }
    }

    private record Row(byte[] hash, String district, LocalDate eligibleFrom) {
    }

    /**
     * Replaces the edition's register with the file's. The districts must be those of the edition's
     * district pools (when it has any); the minimum age and voting period of the edition decide who
     * may vote from when.
     */
    public Report importCsv(PbRepository.Edition edition, Set<String> districts, String fileName, String text,
                            String username) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int young = 0;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = body.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 ? ';' : firstLine.indexOf('\t') >= 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = new StringReader(body); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            String idCol = column(header, "pesel", "id", "identifier", "identyfikator");
            String birthCol = column(header, "data_urodzenia", "birth_date", "date_of_birth", "urodzony");
            String districtCol = column(header, "dzielnica", "district");
            if (idCol == null) {
                problems.add(new Problem(1, "", "", "no identifier column: name one 'pesel' or 'id' (found: "
                        + String.join(", ", header.keySet()) + ")"));
                return new Report(fileName, 0, 0, problems);
            }
            if (districtCol == null && !districts.isEmpty()) {
                problems.add(new Problem(1, "", "", "no district column ('dzielnica' or 'district'): the edition has "
                        + "district pools, so residence must be known"));
                return new Report(fileName, 0, 0, problems);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord r : parser) {
                int line = (int) r.getParser().getCurrentLineNumber();
                if (!r.isConsistent()) {
                    problems.add(new Problem(line, "", "", "has " + r.size() + " fields, the header has " + header.size()));
                    continue;
                }
                String id = PbSecrets.normalize(r.get(idCol));
                if (id.isEmpty()) {
                    problems.add(new Problem(line, idCol, "", "empty identifier"));
                    continue;
                }
                LocalDate birth;
                if (birthCol != null && !r.get(birthCol).isBlank()) {
                    birth = date(r.get(birthCol));
                    if (birth == null) {
                        problems.add(new Problem(line, birthCol, r.get(birthCol), "not a date (2008-05-17 or 17.05.2008)"));
                        continue;
                    }
                } else {
                    birth = Pesel.birthDate(id).orElse(null);
                    if (birth == null) {
                        problems.add(new Problem(line, birthCol == null ? idCol : birthCol, birthCol == null ? id : "",
                                birthCol == null ? "no birth date column, and this is not a valid PESEL to read it from"
                                        : "empty birth date"));
                        continue;
                    }
                }
                String given = districtCol == null ? null : r.get(districtCol).strip();
                String district = given;
                if (given != null && !districts.isEmpty() && !districts.contains(given)) {
                    String match = districts.stream().filter(d -> d.equalsIgnoreCase(given)).findFirst().orElse(null);
                    if (match == null) {
                        problems.add(new Problem(line, districtCol, district, "not a district of this edition ("
                                + String.join(", ", districts) + ")"));
                        continue;
                    }
                    district = match;
                }
                if (!seen.add(id)) {
                    problems.add(new Problem(line, idCol, "", "the same identifier appears on an earlier line"));
                    continue;
                }
                LocalDate from = eligibleFrom(edition, birth);
                if (from != null && edition.votingEnd() != null && from.isAfter(edition.votingEnd())) {
                    young++;
                }
                rows.add(new Row(secrets.voterHash(id), district, from));
            }
        }
        if (!problems.isEmpty()) {
            return new Report(fileName, 0, 0, problems);
        }
        int notYet = young;
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM pb_voter WHERE edition_id = ?").param(edition.id()).update();
            Connection c = DataSourceUtils.getConnection(dataSource);
            try (CopyRows copy = new CopyRows(c, "COPY pb_voter (edition_id, voter_hash, district, eligible_from) FROM STDIN")) {
                for (Row row : rows) {
                    copy.field(edition.id()).field("\\x" + HexFormat.of().formatHex(row.hash())).field(row.district())
                            .field(row.eligibleFrom()).endRow();
                }
                copy.finish();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot store the register: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
            jdbc.sql("""
                    INSERT INTO pb_register (edition_id, file_name, voters, imported_by) VALUES (?, ?, ?, ?)
                    ON CONFLICT (edition_id) DO UPDATE SET file_name = excluded.file_name, voters = excluded.voters,
                        imported_at = now(), imported_by = excluded.imported_by""")
                    .params(edition.id(), fileName, rows.size(), username).update();
            audit.record(username, "import_register", "pb_edition", edition.slug(), null,
                    AuditTrail.map("file", fileName, "voters", rows.size(), "notYetOfAge", notYet));
        });
        return new Report(fileName, rows.size(), notYet, List.of());
    }

    /**
     * The first day the person may vote: null when they are of age on the first day of voting (so
     * nothing about their birth date is kept), otherwise the day they come of age, or the day after
     * voting ends when that is later (only "too young" is kept then).
     */
    static LocalDate eligibleFrom(PbRepository.Edition edition, LocalDate birth) {
        LocalDate ofAge = birth.plusYears(edition.minAge());
        LocalDate start = edition.votingStart();
        if (start == null || !ofAge.isAfter(start)) {
            return null;
        }
        if (edition.votingEnd() != null && ofAge.isAfter(edition.votingEnd())) {
            return edition.votingEnd().plusDays(1);
        }
        return ofAge;
    }

    private static String column(Map<String, Integer> header, String... names) {
        for (String h : header.keySet()) {
            String n = h.strip().toLowerCase(Locale.ROOT);
            for (String name : names) {
                if (n.equals(name)) {
                    return h;
                }
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return null;
    }
}
