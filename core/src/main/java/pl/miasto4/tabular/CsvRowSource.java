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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * CSV rows, after the encoding and separator have been detected. They are split by
 * {@link CsvScanner}, which answers exactly as Apache Commons CSV would; when it meets something
 * only the library can answer (malformed quotes, bytes the encoding cannot decode), the library
 * reads the file from the start, skips the rows already returned and goes on from there, so every
 * row, line number and message is the library's.
 */
final class CsvRowSource implements RowSource {

    private static final char[] SEPARATORS = {';', '\t', ',', '|'};

    private final String name;
    private final Path file;
    private final TextDecoding.Detected enc;
    private final char separator;
    private final String description;
    private final DecimalMark decimalMark;
    private List<String> header;

    /** The fast path; null once the library reads. */
    private CsvScanner scanner;
    private Reader scannerInput;
    /** Data rows returned so far, by either path. */
    private long rowsReturned;
    private CSVParser parser;
    private Iterator<CSVRecord> records;

    private CsvRowSource(String name, Path file, TextDecoding.Detected enc, char separator, String description,
                         DecimalMark mark) {
        this.name = name;
        this.file = file;
        this.enc = enc;
        this.separator = separator;
        this.description = description;
        this.decimalMark = mark;
    }

    static RowSource open(Path file, String name) throws TabularException {
        return open(file, name, CsvScanner.DEFAULT_BUFFER);
    }

    /** @param scannerBuffer the scanner's initial buffer in characters (tests make it small) */
    static RowSource open(Path file, String name, int scannerBuffer) throws TabularException {
        try {
            TextDecoding.Detected enc;
            try {
                enc = TextDecoding.detect(file);
            } catch (TextDecoding.MixedEncodingException e) {
                throw new TabularException(name + ": " + e.getMessage(), e);
            }
            List<String> firstLines = firstLines(file, enc, 200);
            if (firstLines.stream().allMatch(String::isBlank)) {
                throw new TabularException(name + ": the file has no rows (only empty lines)");
            }
            char separator = separator(firstLines);
            DecimalMark mark = decimalMark(firstLines, separator);
            String description = "CSV, " + TabularReader.charsetLabel(enc.charset()) + (enc.bomLength() > 0 ? " with BOM" : "")
                    + ", '" + (separator == '\t' ? "\\t" : String.valueOf(separator)) + "' separated, decimal "
                    + (mark == DecimalMark.COMMA ? "comma" : "dot");
            CsvRowSource source = new CsvRowSource(name, file, enc, separator, description, mark);
            source.readHeader(scannerBuffer);
            return source;
        } catch (IOException | UncheckedIOException e) {
            throw new TabularException(name + ": cannot be read (" + rootMessage(e) + ")", e);
        }
    }

    private void readHeader(int scannerBuffer) throws IOException, TabularException {
        scannerInput = decoding(file, enc);
        scanner = new CsvScanner(scannerInput, separator, scannerBuffer);
        List<String> cells = new ArrayList<>();
        CsvScanner.Status status = scanner.next(cells);
        if (status != CsvScanner.Status.RECORD) {
            closeScanner();
        }
        if (status == CsvScanner.Status.END) {
            throw new TabularException(name + ": the file has no rows");
        }
        if (status == CsvScanner.Status.GIVE_UP) {
            // As before the scanner: the library reads the header and says what is wrong with it.
            parser = libraryParser();
            records = parser.iterator();
            if (!records.hasNext()) {
                parser.close();
                throw new TabularException(name + ": the file has no rows");
            }
            cells = new ArrayList<>();
            for (String cell : records.next()) {
                cells.add(cell);
            }
        }
        List<String> h = new ArrayList<>(cells.size());
        for (String cell : cells) {
            h.add(cell.strip());
        }
        header = List.copyOf(h);
    }

    private CSVParser libraryParser() throws IOException {
        Reader reader = reader(file, enc);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        return CSVParser.builder().setReader(reader).setFormat(format).get();
    }

    /** The decoded text for the scanner, which reads it in large blocks itself. */
    private static Reader decoding(Path file, TextDecoding.Detected enc) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(enc.bomLength());
        CharsetDecoder decoder = enc.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private static Reader reader(Path file, TextDecoding.Detected enc) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(enc.bomLength());
        CharsetDecoder decoder = enc.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
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
        if (scanner != null) {
            long line = scanner.lineNumber() + 1;
            List<String> cells = new ArrayList<>(Math.max(4, header.size()));
            switch (scanner.next(cells)) {
                case RECORD -> {
                    rowsReturned++;
                    return new Row(line, cells);
                }
                case END -> {
                    return null;
                }
                default -> switchToLibrary(line);
            }
        }
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
            rowsReturned++;
            return new Row(line, cells);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw cannotRead(line, e);
        }
    }

    /** The library reads the file from the start and skips the header and the rows the scanner returned. */
    private void switchToLibrary(long line) throws TabularException {
        closeScanner();
        try {
            parser = libraryParser();
            records = parser.iterator();
            for (long k = 0; k <= rowsReturned; k++) {
                records.next();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | java.util.NoSuchElementException e) {
            // Not expected: the library failed before the place where the scanner stopped.
            throw cannotRead(line, e);
        }
    }

    private TabularException cannotRead(long line, Exception e) {
        String reason = rootMessage(e);
        if (e.getCause() instanceof CharacterCodingException || reason.contains("Input length")) {
            reason = "bytes that are not valid in the file's encoding (the file mixes encodings)";
        }
        return new TabularException(name + ": line " + line + ": cannot be read: " + reason, e);
    }

    private void closeScanner() {
        scanner = null;
        if (scannerInput != null) {
            try {
                scannerInput.close();
            } catch (IOException ignored) {
                // only read from
            }
            scannerInput = null;
        }
    }

    /** Whether Apache Commons CSV has taken over from the scanner (for tests). */
    boolean readByLibrary() {
        return parser != null;
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
        closeScanner();
        if (parser != null) {
            parser.close();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
