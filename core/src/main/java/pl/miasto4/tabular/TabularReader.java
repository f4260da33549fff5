package pl.miasto4.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/**
 * Opens a CSV or XLSX file as rows, detecting what office files vary in: the format (from the
 * content, not the name), the text encoding (UTF-8, UTF-16 with BOM, Windows-1250, ISO-8859-2),
 * the column separator and the decimal mark. Anything that is not a table gets a clear
 * {@link TabularException}: empty files, binary content, damaged or legacy workbooks.
 */
public final class TabularReader {

    /** Files above this size are refused unless the caller raises the limit. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    private TabularReader() {
    }

    public enum Format { CSV, XLSX }

    /** Opens the first sheet (XLSX) or the file (CSV). */
    public static RowSource open(Path file, String displayName) throws TabularException {
        return open(file, displayName, null, DEFAULT_MAX_BYTES);
    }

    /**
     * @param sheet for XLSX, the sheet to read (by name, case-insensitive); null for the first one
     * @param maxBytes the size limit
     */
    public static RowSource open(Path file, String displayName, String sheet, long maxBytes) throws TabularException {
        return open(file, displayName, sheet, maxBytes, null);
    }

    /**
     * As {@link #open(Path, String, String, long)}, and when it returns, {@code digest} (if given) has
     * been fed every byte of the file: a CSV file's bytes in the encoding scan that reads them all
     * anyway, a workbook's in one pass of their own (its zip entries are read out of order).
     */
    public static RowSource open(Path file, String displayName, String sheet, long maxBytes, MessageDigest digest)
            throws TabularException {
        Format format = detect(file, displayName, maxBytes);
        if (format == Format.XLSX) {
            if (digest != null) {
                try {
                    TextDecoding.digestAll(file, digest);
                } catch (IOException e) {
                    throw new TabularException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
                }
            }
            return XlsxRowSource.open(file, displayName, sheet);
        }
        if (sheet != null) {
            throw new TabularException(displayName + ": is a CSV file, it has no sheet '" + sheet + "'");
        }
        return CsvRowSource.open(file, displayName, digest);
    }

    /** Sheet names of a workbook; a CSV file has none. */
    public static List<String> sheetNames(Path file, String displayName) throws TabularException {
        if (detect(file, displayName, Long.MAX_VALUE) != Format.XLSX) {
            return List.of();
        }
        return XlsxRowSource.sheetNames(file, displayName);
    }

    /** Decides from the first bytes whether a file is XLSX or CSV text, refusing everything else. */
    public static Format detect(Path file, String displayName, long maxBytes) throws TabularException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new TabularException(displayName + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (size == 0) {
            throw new TabularException(displayName + ": the file is empty");
        }
        if (size > maxBytes) {
            throw new TabularException(String.format(Locale.ROOT,
                    "%s: the file is %s, larger than the import limit of %s; split it into smaller files or raise the limit (MIASTO_IMPORT_MAX_BYTES)",
                    displayName, humanSize(size), humanSize(maxBytes)));
        }
        byte[] head = readHead(file, 8192);
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return Format.XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new TabularException(displayName + ": is an Excel 97–2003 workbook (.xls) or another old Office file; "
                    + "save it as .xlsx or CSV and import again");
        }
        if (startsWith(head, 0x50, 0x4B)) {
            throw new TabularException(displayName + ": is a ZIP archive that is not an XLSX workbook");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new TabularException(displayName + ": is a PDF document, not a table; export the data as CSV or XLSX");
        }
        if (TextDecoding.looksBinary(head)) {
            throw new TabularException(displayName + ": is not a text table (it contains binary data)");
        }
        return Format.CSV;
    }

    static byte[] readHead(Path file, int n) throws TabularException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new TabularException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String humanSize(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        return bytes + " bytes";
    }

    /** The charset names used in descriptions. */
    static String charsetLabel(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return "UTF-8";
        }
        return cs.displayName(Locale.ROOT);
    }
}
