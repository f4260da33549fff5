/**
 * Infrastructure of the CLI: exit codes ({@code ExitCode}), the refused-input exception and
 * {@code AppContext}, which opens the application the root names. Uses no feature.
 */
package pl.miasto4.app.cli;
