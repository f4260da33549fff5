package pl.miasto4.app.importing;

import pl.miasto4.indicator.io.ReadResult;

import java.nio.file.Path;
import java.util.List;

/**
 * A source file as a connector mapped it: a long-format file to import (deleted afterwards; null when
 * nothing in the file maps to the catalogue), or the problems for which the file is refused; what the file was read as, and the notes for the report
 * (unknown units, unmapped variables, …), already in the reader's language.
 */
public record SourceTranslation(Path longFile, ReadResult refused, String description, List<String> notes) {

    public static SourceTranslation refused(ReadResult problems, String description, List<String> notes) {
        return new SourceTranslation(null, problems, description, notes);
    }
}
