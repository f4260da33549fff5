package pl.miasto4.app.connect;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One run in the run log: which connector read which source, when, what it changed, and why it failed.
 *
 * @param status {@code imported}, {@code no_changes}, {@code dry_run}, {@code rejected} or {@code failed}
 * @param batchId the import batch, absent when nothing was written
 * @param message why the run was refused or failed, absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectorRun(long id, String connector, String source, String format, String username,
                           OffsetDateTime startedAt, OffsetDateTime finishedAt, String status, Long batchId,
                           long rowsRead, long inserted, long superseded, long unchanged, long problems,
                           String message, List<String> notes) {
}
