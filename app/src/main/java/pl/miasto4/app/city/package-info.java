/**
 * The city page: every catalogue indicator by dimension with the unit's series ({@code CityService},
 * {@code CityRepository}, {@code CityTables}), kept whole for anonymous readers until the store changes
 * ({@code CityPageCache}, Caffeine; {@code CityPageFilter}). Uses goal, indicator, unit.
 */
package pl.miasto4.app.city;
