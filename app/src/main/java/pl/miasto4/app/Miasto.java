package pl.miasto4.app;

import picocli.CommandLine;

/** Entry point of the single jar: every command of the {@code miasto} CLI, {@code serve} among them. */
public final class Miasto {
    private Miasto() {
    }

    public static void main(String[] args) {
        int code = MiastoCommand.commandLine().execute(args);
        if (code != 0 || !MiastoCommand.keepsRunning(args)) {
            System.exit(code);
        }
    }
}
