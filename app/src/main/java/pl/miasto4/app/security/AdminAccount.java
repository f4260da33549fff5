package pl.miasto4.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Creates the first administrator when there is no account: the password comes from
 * {@code MIASTO_ADMIN_PASSWORD}, or is generated and printed once.
 */
@Component
public class AdminAccount {
    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    private final UserRepository accounts;

    public AdminAccount(JdbcClient jdbc, UserRepository accounts, PasswordEncoder encoder, @Value("${miasto.admin.password:}") String configuredPassword) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    /** Returns the generated password if an admin was created with one, null otherwise. */
    public String ensureAdmin() {
        long users = jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
        if (users > 0) {
            if (!configuredPassword.isBlank()) {
                jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = 'admin'").param(encoder.encode(configuredPassword)).update();
            }
            return null;
        }
        String password = configuredPassword;
        boolean generated = password.isBlank();
        if (generated) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        // the first account holds every role (a fresh install needs one account that can do everything);
        // an administrator may take roles away from it on the users page
        boolean created = accounts.create("admin", encoder.encode(password), java.util.EnumSet.allOf(Role.class), true,
                java.util.List.of(), false);
        if (!created) {
            return null;
        }
        if (generated) {
            log.warn("\n\n  Created the administrator account.  user: admin   password: {}\n"
                    + "  This password is shown only once. Set MIASTO_ADMIN_PASSWORD to choose your own.\n", password);
            return password;
        }
        return null;
    }
}
