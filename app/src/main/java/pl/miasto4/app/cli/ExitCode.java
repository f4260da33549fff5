package pl.miasto4.app.cli;

/**
 * Exit codes of every {@code miasto} command: 0 ok, 1 input rejected, 2 usage error, 3 the environment
 * failed (e.g. the database cannot be started). A leaf: feature commands use it, it uses nothing.
 */
public final class ExitCode {
    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int ENVIRONMENT = 3;

    private ExitCode() {
    }
}
