package pl.miasto4.app.importing;

import java.time.Instant;

/** Told of every import after its transaction ended (committed or rolled back), e.g. to keep a run log. */
public interface ImportListener {

    /**
     * @param connector {@code file} for the store's own formats, else the {@link SourceFormat}'s name
     */
    void imported(String connector, ImportReport report, ImportOptions options, Instant started, Instant finished);
}
