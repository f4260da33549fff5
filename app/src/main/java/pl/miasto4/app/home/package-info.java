/**
 * The home page (counts, freshness, the cities) and the login page. Uses indicator, observation, unit.
 */
package pl.miasto4.app.home;
