package pl.miasto4.tabular;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Rows of one XLSX sheet, read with Apache POI's streaming (SAX) API so that a large workbook does
 * not have to fit in memory. Numbers come out as Excel stores them (15 significant digits), dates
 * as ISO dates, and a cell formatted as a percentage as the number a person sees (0.12 shown as
 * 12% gives 12).
 */
final class XlsxRowSource implements RowSource {

    private static final List<String> END = List.of();

    private final String name;
    private final String sheetName;
    private final OPCPackage pkg;
    private final BlockingQueue<Object> queue;
    private final Thread producer;
    private final List<String> header;
    private final long headerRow;
    private boolean finished;

    private XlsxRowSource(String name, String sheetName, OPCPackage pkg, BlockingQueue<Object> queue, Thread producer)
            throws TabularException {
        this.name = name;
        this.sheetName = sheetName;
        this.pkg = pkg;
        this.queue = queue;
        this.producer = producer;
        Row first = take();
        if (first == null) {
            throw new TabularException(name + ": sheet '" + sheetName + "' is empty");
        }
        this.header = first.cells().stream().map(String::strip).toList();
        this.headerRow = first.line();
    }

    static List<String> sheetNames(Path file, String name) throws TabularException {
        try (OPCPackage pkg = openPackage(file, name)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                }
            }
            return names;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw damaged(name, e);
        }
    }

    static RowSource open(Path file, String name, String wantedSheet) throws TabularException {
        OPCPackage pkg = openPackage(file, name);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            InputStream sheet = null;
            String sheetName = null;
            List<String> seen = new ArrayList<>();
            while (it.hasNext()) {
                InputStream s = it.next();
                String n = it.getSheetName();
                seen.add(n);
                if (sheet == null && (wantedSheet == null || n.equalsIgnoreCase(wantedSheet))) {
                    sheet = s;
                    sheetName = n;
                } else {
                    s.close();
                }
            }
            if (sheet == null) {
                pkg.revert();
                throw new TabularException(name + ": has no sheet '" + wantedSheet + "' (sheets: " + String.join(", ", seen) + ")");
            }
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
            InputStream sheetStream = sheet;
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(queue), new PlainFormatter(), false));
            Thread producer = new Thread(() -> {
                try (sheetStream) {
                    parser.parse(new InputSource(sheetStream));
                    put(queue, END);
                } catch (Exception e) {
                    put(queue, e);
                }
            }, "xlsx-reader");
            producer.setDaemon(true);
            producer.start();
            return new XlsxRowSource(name, sheetName, pkg, queue, producer);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            pkg.revert();
            throw damaged(name, e);
        }
    }

    private static OPCPackage openPackage(Path file, String name) throws TabularException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw damaged(name, e);
        }
    }

    private static TabularException damaged(String name, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : withoutPaths(e.getMessage());
        return new TabularException(name + ": is not a readable XLSX workbook; it may be damaged or incomplete ("
                + detail + ")", e);
    }

    /**
     * The library's message without the file system paths it may name (the upload's temporary file):
     * answers tell what is wrong with the workbook, not where the server keeps things.
     */
    static String withoutPaths(String message) {
        return message.replaceAll("(?:[A-Za-z]:)?(?:[/\\\\][^/\\\\\\s'\":()\\[\\]]+){2,}[/\\\\]?", "[file]");
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Row take() throws TabularException {
        if (finished) {
            return null;
        }
        try {
            while (true) {
                Object item = queue.poll(1, TimeUnit.SECONDS);
                if (item == null) {
                    if (!producer.isAlive() && queue.isEmpty()) {
                        finished = true;
                        return null;
                    }
                    continue;
                }
                if (item == END) {
                    finished = true;
                    return null;
                }
                if (item instanceof Exception e) {
                    finished = true;
                    throw damaged(name, e);
                }
                return (Row) item;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TabularException(name + ": reading was interrupted", e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws TabularException {
        Row row = take();
        if (row != null) {
            TabularLimits.checkRow(name, row.line(), row.cells(), this);
        }
        return row;
    }

    @Override
    public String description() {
        return "XLSX, sheet '" + sheetName + "' (header in row " + headerRow + ")";
    }

    @Override
    public DecimalMark decimalMark() {
        return null; // numeric cells are written with dots; a comma can only come from a text cell
    }

    @Override
    public String columnLabel(int index) {
        String h = index < header.size() ? header.get(index) : "";
        return (h.isEmpty() ? "" : h + " ") + "(column " + CellReference.convertNumToColString(index) + ")";
    }

    @Override
    public void close() throws IOException {
        producer.interrupt();
        queue.clear();
        pkg.revert();
    }

    /** Gathers the cells of each row, filling gaps left by empty cells. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final BlockingQueue<Object> queue;
        private List<String> cells;
        private int rowNum;

        Collector(BlockingQueue<Object> queue) {
            this.queue = queue;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            this.cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            boolean blank = cells.stream().allMatch(String::isBlank);
            if (!blank) {
                put(queue, new Row(rowNum + 1L, cells));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            if (col > TabularLimits.MAX_CELLS) {
                // beyond Excel's last column (XFD): keep the row bounded, the reader refuses it by its count
                col = TabularLimits.MAX_CELLS;
            }
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /**
     * Formats a numeric cell as its stored value instead of the display format (which depends on
     * the locale of whoever made the file), except dates (ISO) and percentages (as shown).
     */
    private static final class PlainFormatter extends DataFormatter {
        PlainFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dt = DateUtil.getLocalDateTime(value, use1904Windowing);
                return dt.toLocalTime().toSecondOfDay() == 0 ? dt.toLocalDate().toString() : dt.toString();
            }
            BigDecimal d = new BigDecimal(value).round(MathContext.DECIMAL64).round(new MathContext(15));
            if (formatString != null && formatString.contains("%")) {
                d = d.movePointRight(2);
            }
            return d.stripTrailingZeros().toPlainString();
        }
    }
}
