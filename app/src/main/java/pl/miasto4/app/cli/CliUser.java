package pl.miasto4.app.cli;

import com.sun.security.auth.module.UnixSystem;
import picocli.CommandLine;

/**
 * The name a CLI command records in the audit trail: {@code cli:} and the operating-system account
 * that runs it, read from the process's user id (not from {@code $USER} or {@code -Duser.name}, which
 * the caller sets). {@code --user} may name that same account, nothing else: the audit trail cannot be
 * signed with someone else's name (issue 11: {@code --user=prezydent.miasta}).
 */
public final class CliUser {
    private CliUser() {
    }

    /** The OS account running this process. */
    public static String osAccount() {
        try {
            String name = new UnixSystem().getUsername();
            if (name != null && !name.isBlank()) {
                return name;
            }
            return "uid-" + new UnixSystem().getUid();
        } catch (RuntimeException | LinkageError e) {
            return System.getProperty("user.name", "unknown"); // not Unix; the JDK read it from the OS too
        }
    }

    /**
     * The audit name for a command run with {@code --user requested} (null or blank: not given).
     *
     * @throws CommandLine.ParameterException (usage error, exit 2) when {@code requested} is another name
     */
    public static String auditName(CommandLine.Model.CommandSpec spec, String requested) {
        String account = osAccount();
        if (requested != null && !requested.isBlank() && !requested.equals(account)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--user=" + requested
                    + ": the audit trail records the operating-system account that runs the command (" + account
                    + "); another name cannot be chosen. Run the command as that user, or use the web application "
                    + "with your own Miasto account.");
        }
        return "cli:" + account;
    }
}
