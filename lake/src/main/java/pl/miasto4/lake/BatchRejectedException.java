package pl.miasto4.lake;

/**
 * A batch refused whole: the first bad row (1-based data row, header not counted), the field and a
 * reason code (for translation by the caller) with the offending value. Nothing was written.
 */
public class BatchRejectedException extends RuntimeException {
    private final int row;
    private final String field;
    private final String reason;
    private final String value;

    public BatchRejectedException(int row, String field, String reason, String value) {
        super("row " + row + ", field " + field + ": " + reason + (value == null ? "" : " (" + value + ")"));
        this.row = row;
        this.field = field;
        this.reason = reason;
        this.value = value;
    }

    public int row() { return row; }
    public String field() { return field; }
    /** One of: missing, bad_time, bad_number, bad_value, bad_format. */
    public String reason() { return reason; }
    public String value() { return value; }
}
