package pl.miasto4.app.users;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.miasto4.app.audit.AuditTrail;
import pl.miasto4.app.security.Role;
import pl.miasto4.app.security.UserRepository;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What an administrator does with accounts, and what every user does with their own password. Each
 * method either changes the account and records an audit event (never with a password or hash in it), or
 * refuses with a message key ({@link Refused}) and changes nothing.
 */
@Service
public class UserAdmin {
    /** The shortest password accepted (NIST SP 800-63B asks for at least 8; we ask for more). */
    public static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    public UserAdmin(UserRepository accounts, PasswordEncoder encoder, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** A refusal: the message key and its arguments, in the user's language on the page. */
    public static final class Refused extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        Refused(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args;
        }
    }

    public List<UserRepository.Account> all() {
        return accounts.all();
    }

    /** Creates an account; returns its one-time password (shown once, to be changed at first login). */
    @Transactional
    public String invite(String admin, String username, Collection<Role> roles, boolean allUnits, String units) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new Refused("users.error.username");
        }
        Set<String> scope = scope(roles, allUnits, units);
        String password = oneTimePassword();
        if (!accounts.create(name, encoder.encode(password), roles, allUnits, scope, true)) {
            throw new Refused("users.error.taken", name);
        }
        audit.record(admin, "create", "app_user", name, null, describe(roles, allUnits, scope));
        return password;
    }

    @Transactional
    public void setRoles(String admin, String username, Collection<Role> roles, boolean allUnits, String units) {
        UserRepository.Account before = existing(username);
        if (admin.equals(username) && !roles.contains(Role.ADMIN)) {
            throw new Refused("users.error.self");
        }
        Set<String> scope = scope(roles, allUnits, units);
        accounts.setRoles(username, roles, allUnits, scope);
        audit.record(admin, "update", "app_user", username, describe(before.roles(), before.allUnits(), before.units()),
                describe(roles, allUnits, scope));
    }

    @Transactional
    public void setDisabled(String admin, String username, boolean disabled) {
        UserRepository.Account before = existing(username);
        if (admin.equals(username)) {
            throw new Refused("users.error.self");
        }
        accounts.setDisabled(username, disabled);
        audit.record(admin, disabled ? "disable" : "enable", "app_user", username, Map.of("disabled", before.disabled()),
                Map.of("disabled", disabled));
    }

    /** A new one-time password for someone else (shown once). */
    @Transactional
    public String resetPassword(String admin, String username) {
        existing(username);
        String password = oneTimePassword();
        accounts.setPassword(username, encoder.encode(password), true);
        audit.record(admin, "reset_password", "app_user", username, null, Map.of("mustChangePassword", true));
        return password;
    }

    /** The user's own change: the current password, at least {@value #MIN_PASSWORD} characters, not the username. */
    @Transactional
    public void changeOwnPassword(String username, String current, String next, String repeated) {
        UserRepository.Account account = existing(username);
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new Refused("account.error.current");
        }
        if (next == null || next.length() < MIN_PASSWORD) {
            throw new Refused("account.error.short", MIN_PASSWORD);
        }
        if (next.equalsIgnoreCase(username)) {
            throw new Refused("account.error.username");
        }
        if (next.equals(current)) {
            throw new Refused("account.error.same");
        }
        if (!next.equals(repeated)) {
            throw new Refused("account.error.repeat");
        }
        accounts.setPassword(username, encoder.encode(next), false);
        audit.record(username, "change_password", "app_user", username, null, Map.of("mustChangePassword", false));
    }

    private UserRepository.Account existing(String username) {
        return accounts.find(username).orElseThrow(() -> new Refused("users.error.unknown", username));
    }

    /** The unit codes of a data editor's scope; every code must name a unit. */
    private Set<String> scope(Collection<Role> roles, boolean allUnits, String units) {
        if (roles.isEmpty()) {
            throw new Refused("users.error.roles");
        }
        Set<String> codes = new LinkedHashSet<>();
        if (units != null) {
            for (String c : units.split("[,;\\s]+")) {
                if (!c.isBlank()) {
                    codes.add(c.strip());
                }
            }
        }
        if (allUnits) {
            return Set.of();
        }
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(accounts.existingUnits(codes));
        if (!unknown.isEmpty()) {
            throw new Refused("users.error.units", String.join(", ", unknown));
        }
        if (roles.contains(Role.DATA_EDITOR) && codes.isEmpty()) {
            throw new Refused("users.error.scope");
        }
        return codes;
    }

    private static Map<String, Object> describe(Collection<Role> roles, boolean allUnits, Collection<String> units) {
        return Map.of("roles", roles.stream().map(Role::code).sorted().toList(), "allUnits", allUnits,
                "units", new TreeSet<>(units));
    }

    private static String oneTimePassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
