/** Participatory-budget editions (imported or run here) → pb_* indicators; the formulas in {@code PbIndicators}. */
package pl.miasto4.app.connect.pb;
