package pl.miasto4.app.pb.voting;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import pl.miasto4.app.db.DatabaseConfig;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The voting service's secret: a 256-bit key kept <em>outside</em> the database (the file
 * {@code MIASTO_HOME/pb-secret.key}, created on first use with owner-only permissions, or the property
 * {@code miasto.pb.secret} in base64), so that a database dump alone reveals neither a voter's
 * identifier nor a sealed ballot. Three keys are derived from it, one per use: voter identifiers
 * (HMAC-SHA-256), sealing ballots while voting is open (AES-256-GCM) and finding a sealed ballot by its
 * receipt code (HMAC-SHA-256). Losing the file loses the sealed ballots of an open edition: back it
 * up with the database, but not in the same place.
 */
@Component
public class PbSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final byte[] voterKey;
    private final byte[] sealKey;
    private final byte[] receiptKey;

    @org.springframework.beans.factory.annotation.Autowired
    public PbSecrets(@Value("${miasto.pb.secret:}") String configured, @Value("${miasto.home:}") String home) {
        this(configured.isBlank() ? fromFile(DatabaseConfig.MiastoHome.resolve(home).resolve("pb-secret.key"))
                : Base64.getDecoder().decode(configured.strip()));
    }

    PbSecrets(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalStateException("The voting secret must have at least 256 bits");
        }
        this.voterKey = hmac(secret, "voter-id".getBytes(StandardCharsets.UTF_8));
        this.sealKey = hmac(secret, "seal".getBytes(StandardCharsets.UTF_8));
        this.receiptKey = hmac(secret, "receipt".getBytes(StandardCharsets.UTF_8));
    }

    static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                Path tmp = Files.createTempFile(file.getParent(), "pb-secret", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n");
                try {
                    Files.move(tmp, file); // atomic create: another process may have won the race
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(tmp);
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the voting secret " + file, e);
        }
    }

    /** The voter's identifier (e.g. PESEL) as stored: HMAC, so that a dump cannot be searched for a known PESEL. */
    public byte[] voterHash(String identifier) {
        return hmac(voterKey, normalize(identifier).getBytes(StandardCharsets.UTF_8));
    }

    static String normalize(String identifier) {
        return identifier == null ? "" : identifier.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Where a sealed ballot is found by its receipt code. */
    public byte[] receiptKey(String code) {
        return hmac(receiptKey, Receipts.normalize(code).getBytes(StandardCharsets.UTF_8));
    }

    /** How a counted ballot is found by its receipt code: a plain hash, unrelated to {@link #receiptKey}. */
    public static byte[] receiptHash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Receipts.normalize(code).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AES-256-GCM with a random nonce; the nonce is prepended. */
    public byte[] seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = GCM.get();
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sealKey, "AES"), new GCMParameterSpec(128, nonce));
            byte[] out = c.doFinal(plain);
            byte[] all = Arrays.copyOf(nonce, NONCE + out.length);
            System.arraycopy(out, 0, all, NONCE, out.length);
            return all;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] unseal(byte[] sealed) {
        try {
            Cipher c = GCM.get();
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sealKey, "AES"),
                    new GCMParameterSpec(128, sealed, 0, NONCE));
            return c.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed ballot does not open with this key (is pb-secret.key the one "
                    + "the edition was opened with?)", e);
        }
    }

    /** One Mac and one Cipher per thread: looking them up per ballot costs more than using them. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = MAC.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SecureRandom random() {
        return RANDOM;
    }
}
