package pl.miasto4.app.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The two passwords of the embedded PostgreSQL, generated at first start and kept in
 * {@code MIASTO_HOME/secrets} (folder 0700, files 0600): {@code postgres.password} for the superuser,
 * used only to set the server up, and {@code miasto.password} for the application's owner role.
 * Their values are never logged; {@link #toString()} does not show them.
 */
public final class DatabaseSecrets {
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final char[] superuserPassword;
    private final char[] appPassword;
    private final boolean created;

    private DatabaseSecrets(char[] superuserPassword, char[] appPassword, boolean created) {
        this.superuserPassword = superuserPassword;
        this.appPassword = appPassword;
        this.created = created;
    }

    public static Path directory(Path home) {
        return home.resolve("secrets");
    }

    public static Path superuserFile(Path home) {
        return directory(home).resolve("postgres.password");
    }

    public static Path appFile(Path home) {
        return directory(home).resolve("miasto.password");
    }

    /** Reads the passwords of {@code home}, generating the missing ones; tightens the permissions. */
    static DatabaseSecrets loadOrCreate(Path home) throws IOException {
        Path dir = directory(home);
        Files.createDirectories(dir);
        restrict(dir, OWNER_DIR);
        boolean createdSuper = !Files.exists(superuserFile(home));
        boolean createdApp = !Files.exists(appFile(home));
        char[] su = readOrCreate(superuserFile(home));
        char[] app = readOrCreate(appFile(home));
        return new DatabaseSecrets(su, app, createdSuper || createdApp);
    }

    char[] superuserPassword() {
        return superuserPassword.clone();
    }

    /** The application role's password (for the connection pool). */
    public String appPassword() {
        return new String(appPassword);
    }

    boolean created() {
        return created;
    }

    private static char[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path tmp = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(tmp);
            // created with owner-only permissions from the start: never readable by others, not even briefly
            Files.write(Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_FILE)),
                    password.getBytes(StandardCharsets.US_ASCII));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(tmp); // another process was first; use its password
            }
        }
        restrict(file, OWNER_FILE);
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (text.isEmpty()) {
            throw new EmbeddedDatabaseException("The password file " + file + " is empty; restore it from a backup "
                    + "(the embedded PostgreSQL needs it).");
        }
        return text.toCharArray();
    }

    /** Sets owner-only permissions, for a path this user owns (others' files are left alone). */
    static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /** Removes write access for group and others everywhere under {@code dir} (the PostgreSQL binaries). */
    static void removeWriteByOthers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                if (perms.remove(PosixFilePermission.GROUP_WRITE) | perms.remove(PosixFilePermission.OTHERS_WRITE)) {
                    Files.setPosixFilePermissions(p, perms);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "DatabaseSecrets[hidden]";
    }
}
