package pl.miasto4.app.security;

import java.util.Locale;

/**
 * What a Miasto account may do. A user holds one or more roles ({@code app_user_role}); the route ×
 * role rules are all in {@link SecurityConfig}, and {@code RouteRoleMatrixTest} holds the expected table.
 */
public enum Role {
    /** Users and settings. */
    ADMIN,
    /** Participatory budget: editions, pools, register, opening and closing votes, paper ballots, PB audit. */
    PB_OFFICIAL,
    /** Imports and edits of data, only for the units in the user's scope ({@code app_user_unit}). */
    DATA_EDITOR,
    /** Index builds and drafts, maturity assessments and portfolio. */
    ANALYST,
    /** Reads what is behind the login. */
    VIEWER;

    /** The name in the database and in forms: {@code pb_official}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
