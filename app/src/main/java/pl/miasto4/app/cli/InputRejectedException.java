package pl.miasto4.app.cli;

/** The user's input was refused; the message says where and why. Exit code 1. */
public class InputRejectedException extends RuntimeException {
    public InputRejectedException(String message) {
        super(message);
    }
}
