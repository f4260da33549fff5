package pl.miasto4.app.connect.gtfs;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A city's boundary from a GeoJSON file of administrative units (WGS84 lon/lat), found by the
 * feature's name property ({@code nazwa} or {@code name}, e.g. {@code powiat Kraków} in GUGiK PRG's
 * powiaty), projected to metres ({@link LocalProjection}) so areas and 500 m buffers are metric.
 */
public record CityBoundary(String name, Geometry lonLat, LocalProjection projection, Geometry metres) {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    public static CityBoundary read(InputStream geojson, String fileName, String featureName) throws IOException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(geojson);
        } catch (RuntimeException e) {
            throw new IOException(fileName + ": not a GeoJSON file: " + e.getMessage(), e);
        }
        for (JsonNode f : root.path("features")) {
            JsonNode props = f.path("properties");
            String n = props.path("nazwa").asString(props.path("name").asString(""));
            if (n.equals(featureName)) {
                // a simplified boundary may touch itself; GeometryFixer makes it valid without moving it
                Geometry g = GeometryFixer.fix(geometry(f.path("geometry"), fileName));
                LocalProjection p = LocalProjection.around(g.getCentroid().getY(), g.getCentroid().getX());
                return new CityBoundary(featureName, g, p, p.project(g));
            }
        }
        throw new IOException(fileName + ": no feature named '" + featureName + "' (property nazwa or name)");
    }

    /** Area in km² of the projected boundary. */
    public double areaKm2() {
        return metres.getArea() / 1e6;
    }

    private static Geometry geometry(JsonNode g, String fileName) throws IOException {
        String type = g.path("type").asString("");
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                for (JsonNode p : c) {
                    parts.add(polygon(p));
                }
                yield GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new IOException(fileName + ": the feature's geometry is " + type + ", not a Polygon or MultiPolygon");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] cs = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            cs[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return GEOMETRY.createLinearRing(cs);
    }
}
