/**
 * The default catalogue and the demo data of a new store ({@code StoreStartup}, {@code DemoData},
 * {@code DemoGoals}). Uses dataset, goal, importing, indicator, observation and the first administrator of security.
 */
package pl.miasto4.app.demo;
