package pl.miasto4.app.observation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes observations as long-format CSV that {@code miasto import} reads back unchanged:
 * {@code unit_code,unit_name,indicator,period,value,flags,source,se,ci_low,ci_high,unreliable} (the last four
 * empty for measured values). The Polish-Excel variant uses
 * ';', decimal commas and a BOM so that Excel with Polish settings opens it correctly.
 */
@Component
public class ObservationCsv {
    public static final String[] HEADER = {"unit_code", "unit_name", "indicator", "period", "value", "flags", "source", "se", "ci_low",
            "ci_high", "unreliable"};

    private final ObservationRepository repository;

    public ObservationCsv(ObservationRepository repository) {
        this.repository = repository;
    }

    public enum Dialect { STANDARD, EXCEL_PL }

    public long write(ObservationQuery query, Writer out, Dialect dialect) throws IOException {
        if (dialect == Dialect.EXCEL_PL) {
            out.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setDelimiter(dialect == Dialect.EXCEL_PL ? ';' : ',')
                .setRecordSeparator("\r\n").get();
        long[] n = {0};
        CSVPrinter printer = new CSVPrinter(out, format); // not closed: the caller owns the writer
        try {
            repository.stream(query, o -> {
                try {
                    printer.printRecord(pl.miasto4.tabular.SafeCells.row(o.unitCode(), o.unitName(), o.indicatorCode(), o.period(), value(o.value(), dialect),
                            o.flags(), o.source(), value(o.se(), dialect), value(o.ciLow(), dialect),
                            value(o.ciHigh(), dialect), o.unreliable() ? "true" : ""));
                    n[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n[0];
    }

    private static String value(BigDecimal v, Dialect dialect) {
        if (v == null) {
            return "";
        }
        String s = v.toPlainString();
        return dialect == Dialect.EXCEL_PL ? s.replace('.', ',') : s;
    }
}
