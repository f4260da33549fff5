/** GTFS feeds (OneBusAway) and a city boundary (JTS) → mobility indicators; the figures in {@code MobilityFigures}. */
package pl.miasto4.app.connect.gtfs;
