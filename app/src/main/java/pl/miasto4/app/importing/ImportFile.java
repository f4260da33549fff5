package pl.miasto4.app.importing;

import pl.miasto4.tabular.RowSource;
import pl.miasto4.tabular.TabularException;
import pl.miasto4.tabular.TabularReader;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The file an import reads, looked at once: a workbook's sheets, and the sheet with the observations
 * (the one asked for, else {@code iData} if there is one, else the first).
 *
 * @param sheets the workbook's sheet names; none for CSV
 */
record ImportFile(Path path, String name, List<String> sheets, String dataSheet, long maxBytes) {

    static ImportFile of(Path path, String name, ImportOptions options, long maxBytes) throws TabularException {
        List<String> sheets = TabularReader.sheetNames(path, name);
        String data = options.sheet();
        if (data == null && sheets.stream().anyMatch(s -> s.equalsIgnoreCase("iData"))) {
            data = "iData";
        }
        return new ImportFile(path, name, sheets, data, maxBytes);
    }

    /** Opens the observations; when it returns, {@code digest} has seen every byte of the file (see {@link #sha256()}). */
    RowSource open(MessageDigest digest) throws TabularException {
        return TabularReader.open(path, name, dataSheet, maxBytes, digest);
    }

    /** The source recorded with values whose row names none. */
    String defaultSource() {
        return "file " + name;
    }

    /** A fresh SHA-256 digest for {@link #open}: the file's hash is recorded with its batch. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
