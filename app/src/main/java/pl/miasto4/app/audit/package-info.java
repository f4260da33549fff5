/**
 * The audit trail: who changed what and when, with the state before and after ({@code AuditTrail}, written in
 * the changing transaction; {@code AuditApi} reads it). Uses no other feature.
 */
package pl.miasto4.app.audit;
