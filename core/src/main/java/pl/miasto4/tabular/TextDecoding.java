package pl.miasto4.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * Finds the encoding of a text file. A byte-order mark decides; otherwise a file that is valid
 * UTF-8 throughout is UTF-8; otherwise it is one of the two Polish 8-bit encodings, told apart by
 * the bytes of the letters that differ between them (ą ś ź Ą Ś Ź).
 */
final class TextDecoding {

    static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");
    private static final String POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

    private TextDecoding() {
    }

    /** The encoding and the number of BOM bytes to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    static Detected detect(Path file) throws IOException {
        return detect(file, null);
    }

    /**
     * As {@link #detect(Path)}; {@code digest}, if given, is fed every byte of the file on the way
     * (the scan reads them all anyway), so a caller that needs the file's hash reads it once.
     */
    static Detected detect(Path file, MessageDigest digest) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        Detected bom = null;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = new Detected(StandardCharsets.UTF_8, 3);
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            bom = new Detected(StandardCharsets.UTF_16LE, 2);
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            bom = new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (bom != null) {
            if (digest != null) {
                digestAll(file, digest);
            }
            return bom;
        }
        return new Detected(scan(file, digest), 0);
    }

    /** Feeds every byte of the file to {@code digest}. */
    static void digestAll(Path file, MessageDigest digest) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int r;
            while ((r = in.read(buf)) > 0) {
                digest.update(buf, 0, r);
            }
        }
    }

    /** One pass over the bytes: UTF-8 validity and the votes for the 8-bit encodings. */
    private static Charset scan(Path file, MessageDigest digest) throws IOException {
        int cp1250Votes = 0;
        int isoVotes = 0;
        long validSequences = 0;   // well-formed multi-byte UTF-8 sequences
        long invalid = 0;          // bytes that cannot be UTF-8 where they stand
        long firstInvalidLine = 0;
        long polishUtf8 = 0;       // Polish letters written in UTF-8 (never seen in an 8-bit Polish file)
        long line = 1;
        int continuation = 0;
        int lead = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            int r;
            while ((r = in.read(buf)) > 0) {
                if (digest != null) {
                    digest.update(buf, 0, r);
                }
                for (int i = 0; i < r; i++) {
                    int b = buf[i] & 0xFF;
                    if (b < 0x80) {
                        if (continuation > 0) {
                            invalid++;
                            firstInvalidLine = firstInvalidLine == 0 ? line : firstInvalidLine;
                            continuation = 0;
                        }
                        if (b == '\n') {
                            line++;
                        }
                        continue;
                    }
                    // Bytes of ą ś ź Ś Ź Ą in Windows-1250 and in ISO-8859-2 (the only Polish letters that differ).
                    switch (b) {
                        case 0xB9, 0x9C, 0x9F, 0x8C, 0x8F, 0xA5 -> cp1250Votes++;
                        case 0xB1, 0xB6, 0xBC, 0xA6, 0xAC, 0xA1 -> isoVotes++;
                        default -> { }
                    }
                    if (continuation > 0) {
                        if ((b & 0xC0) == 0x80) {
                            if (--continuation == 0) {
                                validSequences++;
                                if (lead != 0 && POLISH.indexOf((char) (((lead & 0x1F) << 6) | (b & 0x3F))) >= 0) {
                                    polishUtf8++;
                                }
                            }
                            continue;
                        }
                        invalid++;
                        firstInvalidLine = firstInvalidLine == 0 ? line : firstInvalidLine;
                        continuation = 0;
                    }
                    lead = 0;
                    if ((b & 0xE0) == 0xC0 && b >= 0xC2) {
                        continuation = 1;
                        lead = b;
                    } else if ((b & 0xF0) == 0xE0) {
                        continuation = 2;
                    } else if ((b & 0xF8) == 0xF0 && b <= 0xF4) {
                        continuation = 3;
                    } else {
                        invalid++;
                        firstInvalidLine = firstInvalidLine == 0 ? line : firstInvalidLine;
                    }
                }
            }
        }
        if (continuation > 0) {
            invalid++;
            firstInvalidLine = firstInvalidLine == 0 ? line : firstInvalidLine;
        }
        if (invalid == 0) {
            return StandardCharsets.UTF_8;
        }
        // Mostly UTF-8 with a few foreign bytes: text pasted from a Windows-1250 file into a UTF-8 one.
        // Reading it either way would corrupt part of it, so it is refused.
        // A Polish letter in UTF-8 (ą is C4 85: "Ä…" in Windows-1250) next to bytes that are not UTF-8
        // means lines of both encodings, whatever their proportions.
        if (polishUtf8 > 0 || (validSequences >= 3 && validSequences >= 4 * invalid)) {
            throw new MixedEncodingException(firstInvalidLine, validSequences, invalid);
        }
        return isoVotes > cp1250Votes ? ISO_8859_2 : WINDOWS_1250;
    }

    /** The file is UTF-8 except for some bytes; the line of the first one is known. */
    static final class MixedEncodingException extends IOException {
        final long line;

        MixedEncodingException(long line, long valid, long invalid) {
            super("line " + line + ": the file mixes encodings: it has UTF-8 (" + valid + " UTF-8 characters) and "
                    + invalid + " byte(s) that are not UTF-8, the first on line " + line
                    + " (text pasted from a Windows-1250 file?); save the whole file as UTF-8 and import it again");
            this.line = line;
        }
    }

    /** Binary content: NUL bytes (outside UTF-16) or many control characters. */
    static boolean looksBinary(byte[] head) {
        if (head.length >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
                || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF))) {
            return false;
        }
        int control = 0;
        for (byte value : head) {
            int b = value & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control > head.length / 20;
    }
}
