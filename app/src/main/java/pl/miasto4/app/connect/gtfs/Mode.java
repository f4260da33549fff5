package pl.miasto4.app.connect.gtfs;

/** Modes the mobility indicators split by, from GTFS {@code route_type} (basic and extended types). */
public enum Mode {
    BUS, TRAM, OTHER;

    static Mode of(int routeType) {
        if (routeType == 3 || routeType == 11 || (routeType >= 700 && routeType < 800) || routeType == 800) {
            return BUS;
        }
        if (routeType == 0 || (routeType >= 900 && routeType < 1000)) {
            return TRAM;
        }
        return OTHER;
    }
}
