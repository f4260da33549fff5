package pl.miasto4.app.dataset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Reads the register's CSV layout: code,name_pl,name_en,description,owner,update_frequency,format,licence,is_open,url,last_updated,indicators. */
@Component
public class DatasetCatalogue {
    private final DatasetRepository repository;

    public DatasetCatalogue(DatasetRepository repository) {
        this.repository = repository;
    }

    public int load(Reader reader) throws IOException {
        int n = 0;
        try (CSVParser csv = CSVParser.builder().setReader(reader)
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : csv) {
                List<String> indicators = r.get("indicators").isBlank() ? List.of()
                        : Arrays.stream(r.get("indicators").split("\\|")).map(String::strip).toList();
                repository.save(new Dataset(0, r.get("code"), r.get("name_pl"), blank(r.get("name_en")),
                        blank(r.get("description")), r.get("owner"), r.get("update_frequency"), blank(r.get("format")),
                        blank(r.get("licence")), Boolean.parseBoolean(r.get("is_open")), blank(r.get("url")),
                        r.get("last_updated").isBlank() ? null : LocalDate.parse(r.get("last_updated")), null, indicators));
                n++;
            }
        }
        return n;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
