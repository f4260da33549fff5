package pl.miasto4.app.web;

/**
 * JSON for pages travels in a {@code <script type="application/json">} block that {@code charts.js}
 * reads (no inline script, so the content security policy stays strict).
 */
public final class JsonScript {
    private JsonScript() {
    }

    /** Keeps JSON from closing the script element it is embedded in. */
    public static String safe(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\!--");
    }
}
