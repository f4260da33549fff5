package pl.miasto4.lake;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keyed hash (HMAC-SHA256) of card ids, so no card number reaches the lake. The 256-bit key is
 * generated once into {@code MIASTO_HOME/lake.key} with owner-only permissions (0600) and never logged;
 * the same key gives the same hash, so one holder stays one holder across batches.
 */
public final class CardHasher {
    private final Mac mac;

    private CardHasher(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static CardHasher withKeyFile(Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                try {
                    Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            return new CardHasher(Base64.getDecoder().decode(Files.readString(keyFile).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized String hash(String cardId) {
        return HexFormat.of().formatHex(mac.doFinal(cardId.getBytes(StandardCharsets.UTF_8)));
    }
}
