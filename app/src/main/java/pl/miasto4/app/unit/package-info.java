/**
 * Territorial units (TERYT codes, names, kinds, coordinates): {@code UnitRepository}, {@code UnitApi}. Uses no
 * other feature.
 */
package pl.miasto4.app.unit;
