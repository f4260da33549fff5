package pl.miasto4.maturity.model;

/** Whether more of an indicator is better (positive) or worse (negative). */
public enum Polarity {
    POSITIVE, NEGATIVE
}
