package pl.miasto4.app.importing;

import pl.miasto4.indicator.io.Catalogue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A source's own file layout that the import understands through a connector (e.g. GUS BDL exports
 * as downloaded): the connector recognises the file, validates it and maps it to catalogue
 * indicators as a long-format file, which then takes the ordinary all-or-nothing way in. The
 * connector is called inside the import's transaction, so what it adds to the catalogue (units,
 * indicators) is rolled back with a refused file or a dry run.
 */
public interface SourceFormat {

    /** The connector's name, recorded in the run log (e.g. {@code bdl-file}). */
    String name();

    /**
     * The file translated, or empty when it is not in this source's layout.
     *
     * @param catalogue the store's units and indicators, read when first asked for (most files are not the source's)
     */
    Optional<SourceTranslation> translate(Path file, String displayName, ImportOptions options, SourceOptions source,
                                          Supplier<? extends Catalogue> catalogue);
}
