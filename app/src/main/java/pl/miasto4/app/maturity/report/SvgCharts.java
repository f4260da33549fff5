package pl.miasto4.app.maturity.report;

import java.util.List;
import java.util.Locale;

/**
 * The printed report's charts as SVG drawn on the server (no script in a PDF): a radar of the
 * dimensions, horizontal bars, and rank intervals. A missing value is left out of the radar's
 * outline and its axis label is marked "—", never drawn as zero.
 */
final class SvgCharts {
    static final String[] PALETTE = {"#1f4f8a", "#b3400b", "#2e7d32", "#6a1b9a", "#00695c", "#ad1457", "#4e342e", "#37474f"};

    private SvgCharts() {
    }

    /** One outline of the radar: a name and a value per axis (null = no score). */
    record Series(String name, List<Double> values) {
    }

    static String radar(List<String> axes, List<Series> series, double max, int width) {
        int height = width * 3 / 4;
        double cx = width / 2.0, cy = height / 2.0 + 4, r = Math.min(width * 0.25, height * 0.36);
        int n = axes.size();
        StringBuilder s = open(width, height + 18 * ((series.size() + 2) / 3));
        for (int ring = 1; ring <= (int) max; ring++) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < n; i++) {
                pts.append(f(x(cx, r * ring / max, i, n))).append(',').append(f(y(cy, r * ring / max, i, n))).append(' ');
            }
            s.append("<polygon points=\"").append(pts).append("\" fill=\"none\" stroke=\"#d5d9de\" stroke-width=\"0.8\"/>");
        }
        for (int i = 0; i < n; i++) {
            s.append(line(cx, cy, x(cx, r, i, n), y(cy, r, i, n), "#d5d9de", 0.8));
            double lx = x(cx, r + 14, i, n), ly = y(cy, r + 14, i, n);
            String anchor = Math.abs(lx - cx) < 4 ? "middle" : lx < cx ? "end" : "start";
            boolean anyMissing = series.size() == 1 && series.get(0).values().get(i) == null;
            String label = axes.get(i) + (anyMissing ? " (—)" : "");
            int cut = label.length() > 14 ? label.lastIndexOf(' ', label.length() / 2 + 4) : -1;
            if (cut > 0) { // two lines, so that long dimension names stay inside the chart
                s.append(text(lx, ly - 2, escape(label.substring(0, cut)), anchor, 8, "#1b1f24"))
                        .append(text(lx, ly + 8, escape(label.substring(cut + 1)), anchor, 8, "#1b1f24"));
            } else {
                s.append(text(lx, ly + 3, escape(label), anchor, 8, "#1b1f24"));
            }
        }
        for (int k = 0; k < series.size(); k++) {
            String colour = PALETTE[k % PALETTE.length];
            List<Double> v = series.get(k).values();
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (v.get(i) != null) {
                    pts.append(f(x(cx, r * v.get(i) / max, i, n))).append(',').append(f(y(cy, r * v.get(i) / max, i, n))).append(' ');
                }
            }
            s.append("<polygon points=\"").append(pts).append("\" fill=\"").append(colour).append("\" fill-opacity=\"")
                    .append(series.size() == 1 ? "0.18" : "0.04").append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"").append(k == 0 ? "2" : "1.2").append("\"/>");
            for (int i = 0; i < n; i++) {
                if (v.get(i) != null) {
                    s.append("<circle cx=\"").append(f(x(cx, r * v.get(i) / max, i, n))).append("\" cy=\"")
                            .append(f(y(cy, r * v.get(i) / max, i, n))).append("\" r=\"2.2\" fill=\"").append(colour).append("\"/>");
                }
            }
        }
        for (int k = 0; k < series.size(); k++) {
            double lx = 10 + (k % 3) * (width / 3.0), ly = height + 14 + 18 * (k / 3);
            s.append("<rect x=\"").append(f(lx)).append("\" y=\"").append(f(ly - 8)).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(PALETTE[k % PALETTE.length]).append("\"/>");
            s.append(text(lx + 14, ly, escape(series.get(k).name()), "start", 9, "#1b1f24"));
        }
        return s.append("</svg>").toString();
    }

    /** Horizontal bars of values on 0..max, each labelled; a missing value is written "—". */
    static String bars(List<String> labels, List<Double> values, double max, int width, Locale locale) {
        int rowH = 22, labelW = width / 2, height = labels.size() * rowH + 24;
        StringBuilder s = open(width, height);
        double plotW = width - labelW - 40;
        for (int t = 0; t <= (int) max; t++) {
            double x = labelW + plotW * t / max;
            s.append(line(x, 4, x, height - 18, "#e3e6ea", 0.8)).append(text(x, height - 6, Integer.toString(t), "middle", 8, "#545b64"));
        }
        for (int i = 0; i < labels.size(); i++) {
            double y = 6 + i * rowH;
            s.append(text(labelW - 6, y + 13, escape(labels.get(i)), "end", 8, "#1b1f24"));
            Double v = values.get(i);
            if (v == null) {
                s.append(text(labelW + 4, y + 13, "—", "start", 9, "#a12a0b"));
            } else {
                double w = plotW * Math.max(0, v) / max;
                s.append("<rect x=\"").append(f(labelW)).append("\" y=\"").append(f(y + 2)).append("\" width=\"").append(f(w))
                        .append("\" height=\"").append(rowH - 8).append("\" fill=\"#1f4f8a\"/>");
                s.append(text(labelW + w + 4, y + 13, String.format(locale, "%.2f", v), "start", 9, "#1b1f24"));
            }
        }
        return s.append("</svg>").toString();
    }

    /** A rank interval per city: a line from the 5th to the 95th percentile rank and a dot at the observed rank. */
    record RankRow(String name, int rank, int low, int high, boolean subject) {
    }

    static String ranks(List<RankRow> rows, int cities, int width) {
        int rowH = 20, labelW = width / 3, height = rows.size() * rowH + 28;
        StringBuilder s = open(width, height);
        double plotW = width - labelW - 20;
        int span = Math.max(1, cities - 1);
        for (int t = 1; t <= cities; t++) {
            double x = labelW + plotW * (t - 1) / span;
            s.append(line(x, 4, x, height - 20, "#e3e6ea", 0.8)).append(text(x, height - 8, Integer.toString(t), "middle", 8, "#545b64"));
        }
        for (int i = 0; i < rows.size(); i++) {
            RankRow r = rows.get(i);
            double y = 12 + i * rowH;
            s.append(text(labelW - 6, y + 3, escape(r.name()), "end", 9, r.subject() ? "#1f4f8a" : "#1b1f24"));
            double a = labelW + plotW * (r.low() - 1) / span, b = labelW + plotW * (r.high() - 1) / span;
            s.append(line(a, y, b, y, "#1f4f8a", 3)).append(line(a, y - 5, a, y + 5, "#1f4f8a", 1.5)).append(line(b, y - 5, b, y + 5, "#1f4f8a", 1.5));
            s.append("<circle cx=\"").append(f(labelW + plotW * (r.rank() - 1) / span)).append("\" cy=\"").append(f(y))
                    .append("\" r=\"4\" fill=\"#b3400b\"/>");
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, sans-serif\">");
    }

    private static double x(double cx, double r, int i, int n) {
        return cx + r * Math.sin(2 * Math.PI * i / n);
    }

    private static double y(double cy, double r, int i, int n) {
        return cy - r * Math.cos(2 * Math.PI * i / n);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\"" + colour
                + "\" stroke-width=\"" + f(width) + "\"/>";
    }

    private static String text(double x, double y, String content, String anchor, int size, String colour) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\" fill=\""
                + colour + "\">" + content + "</text>";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
