package pl.miasto4.app.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Miasto accounts: password hash, roles, unit scope, disabled flag. */
@Repository
public class UserRepository {
    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One account; {@code units} is empty when {@code allUnits}. */
    public record Account(String username, String passwordHash, Set<Role> roles, boolean allUnits, Set<String> units,
                          boolean disabled, boolean mustChangePassword, OffsetDateTime createdAt) {
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, password_hash, all_units, disabled, must_change_password, created_at FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), roles(rs.getString(1)), rs.getBoolean(3),
                        units(rs.getString(1)), rs.getBoolean(4), rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class)))
                .optional();
    }

    /** Every account, by username. */
    public List<Account> all() {
        return jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list().stream()
                .map(u -> find(u).orElseThrow()).toList();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    private Set<Role> roles(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM app_user_role WHERE username = ?").param(username).query(String.class).list()
                .forEach(r -> roles.add(Role.of(r)));
        return roles;
    }

    private Set<String> units(String username) {
        return new TreeSet<>(jdbc.sql("SELECT unit_code FROM app_user_unit WHERE username = ?").param(username)
                .query(String.class).list());
    }

    /**
     * The units {@code username} may import for (each and every unit below it), or null for all units:
     * an account with {@code all_units}, or a name that is not a Miasto account (the CLI's OS user, who can
     * reach the database anyway). An account without scope gets an empty set: no unit.
     */
    public Set<String> importScope(String username) {
        return find(username).map(a -> a.allUnits() ? null : a.units()).orElse(null);
    }

    /** Creates an account; false when the username is taken. */
    @Transactional
    public boolean create(String username, String passwordHash, Collection<Role> roles, boolean allUnits,
                          Collection<String> units, boolean mustChangePassword) {
        int created = jdbc.sql("INSERT INTO app_user (username, password_hash, all_units, must_change_password) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(username, passwordHash, allUnits, mustChangePassword).update();
        if (created == 0) {
            return false;
        }
        setRoles(username, roles, allUnits, units);
        return true;
    }

    @Transactional
    public void setRoles(String username, Collection<Role> roles, boolean allUnits, Collection<String> units) {
        jdbc.sql("DELETE FROM app_user_role WHERE username = ?").param(username).update();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, ?)").params(username, r.code()).update();
        }
        jdbc.sql("UPDATE app_user SET all_units = ? WHERE username = ?").params(allUnits, username).update();
        jdbc.sql("DELETE FROM app_user_unit WHERE username = ?").param(username).update();
        for (String u : units) {
            jdbc.sql("INSERT INTO app_user_unit (username, unit_code) VALUES (?, ?)").params(username, u).update();
        }
    }

    public void setPassword(String username, String passwordHash, boolean mustChange) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = ? WHERE username = ?")
                .params(passwordHash, mustChange, username).update();
    }

    public void setDisabled(String username, boolean disabled) {
        jdbc.sql("UPDATE app_user SET disabled = ? WHERE username = ?").params(disabled, username).update();
    }

    /** The unit codes that exist among {@code codes}. */
    public Set<String> existingUnits(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("SELECT code FROM territorial_unit WHERE code = ANY (?)")
                .param(codes.toArray(String[]::new)).query(String.class).list());
    }
}
