package pl.miasto4.tabular;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** CSV rows read with Apache Commons CSV after the encoding and separator have been detected. */
final class CsvRowSource implements RowSource {

    private static final char[] SEPARATORS = {';', '\t', ',', '|'};

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final String description;
    private final DecimalMark decimalMark;

    private CsvRowSource(String name, CSVParser parser, Iterator<CSVRecord> records, List<String> header,
                         String description, DecimalMark mark) {
        this.name = name;
        this.parser = parser;
        this.records = records;
        this.header = header;
        this.description = description;
        this.decimalMark = mark;
    }

    static RowSource open(Path file, String name, MessageDigest digest) throws TabularException {
        try {
            TextDecoding.Detected enc;
            try {
                enc = TextDecoding.detect(file, digest);
            } catch (TextDecoding.MixedEncodingException e) {
                throw new TabularException(name + ": " + e.getMessage(), e, "tabular.mixed_encoding", name, e.line);
            }
            List<String> firstLines = firstLines(file, enc, 200);
            if (firstLines.stream().allMatch(String::isBlank)) {
                throw new TabularException(name + ": the file has no rows (only empty lines)");
            }
            char separator = separator(firstLines);
            DecimalMark mark = decimalMark(firstLines, separator);
            Reader reader = reader(file, enc);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(separator)
                    .setQuote('"')
                    .setIgnoreEmptyLines(true)
                    .setTrim(false)
                    .get();
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                parser.close();
                throw new TabularException(name + ": the file has no rows");
            }
            List<String> header = new ArrayList<>();
            for (String cell : records.next()) {
                header.add(cell.strip());
            }
            if (header.size() > TabularLimits.MAX_CELLS) {
                parser.close();
                throw new TabularException(String.format(java.util.Locale.ROOT,
                        "%s: line 1: %,d cells, more than the limit of %,d per row", name, header.size(), TabularLimits.MAX_CELLS),
                        "tabular.limit.cells", name, 1L, header.size(), TabularLimits.MAX_CELLS);
            }
            String description = "CSV, " + TabularReader.charsetLabel(enc.charset()) + (enc.bomLength() > 0 ? " with BOM" : "")
                    + ", '" + (separator == '\t' ? "\\t" : String.valueOf(separator)) + "' separated, decimal "
                    + (mark == DecimalMark.COMMA ? "comma" : "dot");
            return new CsvRowSource(name, parser, records, List.copyOf(header), description, mark);
        } catch (IOException | UncheckedIOException e) {
            TabularLimits.LineTooLongException tooLong = lineTooLong(e);
            if (tooLong != null) {
                throw tooLong.forFile(name);
            }
            throw new TabularException(name + ": cannot be read (" + rootMessage(e) + ")", e);
        }
    }

    private static TabularLimits.LineTooLongException lineTooLong(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TabularLimits.LineTooLongException l) {
                return l;
            }
        }
        return null;
    }

    private static Reader reader(Path file, TextDecoding.Detected enc) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(enc.bomLength());
        CharsetDecoder decoder = enc.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new TabularLimits.LineLimitReader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16),
                TabularLimits.MAX_LINE_CHARS);
    }

    private static List<String> firstLines(Path file, TextDecoding.Detected enc, int n) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader(file, enc))) {
            String line;
            while (lines.size() < n && (line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (CharacterCodingException e) {
            throw new CharacterCodingException() {
                @Override
                public String getMessage() {
                    return "line " + (lines.size() + 1) + ": bytes that are not valid " + enc.charset().displayName(java.util.Locale.ROOT);
                }
            };
        }
        return lines;
    }

    /** The separator that splits the header and keeps the same count on most of the first lines. */
    static char separator(List<String> lines) {
        List<String> sample = lines.stream().filter(l -> !l.isBlank()).limit(20).toList();
        char best = ',';
        int bestScore = 0;
        for (char c : SEPARATORS) {
            int headerCount = countOutsideQuotes(sample.get(0), c);
            if (headerCount == 0) {
                continue;
            }
            int consistent = 0;
            for (String line : sample) {
                if (countOutsideQuotes(line, c) == headerCount) {
                    consistent++;
                }
            }
            int score = consistent * 1000 + headerCount;
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char c) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** From the cells of the first lines; a ';'-separated file without evidence uses decimal commas (Polish Excel). */
    private static DecimalMark decimalMark(List<String> lines, char separator) {
        List<String> cells = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
                String c = cell.strip();
                if (c.startsWith("\"") && c.endsWith("\"") && c.length() >= 2) {
                    c = c.substring(1, c.length() - 1);
                }
                cells.add(c);
            }
        }
        DecimalMark guessed = NumberParser.guess(cells);
        if (guessed != null) {
            return separator == ',' && guessed == DecimalMark.COMMA ? DecimalMark.DOT : guessed;
        }
        return separator == ';' ? DecimalMark.COMMA : DecimalMark.DOT;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws TabularException {
        Iterator<CSVRecord> it = records;
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (!it.hasNext()) {
                return null;
            }
            CSVRecord rec = it.next();
            List<String> cells = new ArrayList<>(rec.size());
            for (String v : rec) {
                cells.add(v);
            }
            TabularLimits.checkRow(name, line, cells, this);
            return new Row(line, cells);
        } catch (UncheckedIOException | IllegalStateException e) {
            TabularLimits.LineTooLongException tooLong = lineTooLong(e);
            if (tooLong != null) {
                throw tooLong.forFile(name);
            }
            String reason = rootMessage(e);
            if (e.getCause() instanceof CharacterCodingException || reason.contains("Input length")) {
                reason = "bytes that are not valid in the file's encoding (the file mixes encodings)";
            }
            throw new TabularException(name + ": line " + line + ": cannot be read: " + reason, e);
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public DecimalMark decimalMark() {
        return decimalMark;
    }

    @Override
    public String columnLabel(int index) {
        String h = index < header.size() ? header.get(index) : "";
        return (h.isEmpty() ? "" : h + " ") + "(column " + (index + 1) + ")";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
