package pl.miasto4.app.connect.gtfs;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * WGS84 lon/lat to metres on a local equirectangular projection centred on the city: x = R·cos φ₀·Δλ,
 * y = R·Δφ, with R the mean Earth radius (6,371,008.8 m, IUGG). Over a city (±15 km) its scale error
 * against geodesic distance stays below 0.2 % (about tan φ₀·Δφ at the edges), well inside what a
 * 500 m walking radius means; PUWG 1992 would need a projection library for no gain at this scale.
 */
public record LocalProjection(double lat0, double lon0) {
    static final double EARTH_RADIUS_M = 6_371_008.8;

    public static LocalProjection around(double lat0, double lon0) {
        return new LocalProjection(lat0, lon0);
    }

    public double x(double lon) {
        return EARTH_RADIUS_M * Math.cos(Math.toRadians(lat0)) * Math.toRadians(lon - lon0);
    }

    public double y(double lat) {
        return EARTH_RADIUS_M * Math.toRadians(lat - lat0);
    }

    public Coordinate project(double lat, double lon) {
        return new Coordinate(x(lon), y(lat));
    }

    /** A copy of a lon/lat geometry in metres. */
    public Geometry project(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, x(lon));
                seq.setOrdinate(i, 1, y(lat));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return g;
    }
}
