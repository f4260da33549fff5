package pl.miasto4.lake;

import java.time.LocalDate;

/** One row for a lake table: its day partition (local date in Europe/Warsaw) and its column values. */
public record LakeRow(LocalDate day, Object[] values) {}
