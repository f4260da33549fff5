package pl.miasto4.app.city;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import pl.miasto4.app.web.Formats;
import pl.miasto4.indicator.Dimension;

import java.util.List;
import java.util.Locale;
import java.time.LocalDate;
import pl.miasto4.indicator.Freshness;
import pl.miasto4.indicator.Period;
import java.util.Map;

/**
 * Writes the city page's indicator tables (one section per dimension, a row per catalogue indicator)
 * as HTML. The same markup as a Thymeleaf loop would give, at a fraction of the cost: evaluating a
 * dozen template expressions for each of 200 rows was most of the page's CPU time (JFR under
 * {@code miasto bench store}). Every text is escaped; every label comes from the message bundle.
 */
@Component
public class CityTables {
    private final MessageSource messages;
    private final Formats formats;

    public CityTables(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String render(Map<String, List<CityView>> dimensions, Locale locale, String contextPath) {
        LocalDate today = LocalDate.now();
        StringBuilder out = new StringBuilder(64 * 1024);
        String indicatorHeader = msg("common.indicator", locale);
        String latestHeader = msg("common.latest", locale);
        String periodHeader = msg("common.period", locale);
        String trendHeader = msg("common.trend", locale);
        String targetHeader = msg("common.target", locale);
        String noData = msg("common.nodata", locale);
        String noTarget = msg("city.target.none", locale);
        for (Map.Entry<String, List<CityView>> entry : dimensions.entrySet()) {
            String id = "dim-" + htmlEscape(entry.getKey());
            String title = Dimension.fromCode(entry.getKey()).map(d -> d.name(locale))
                    .orElseGet(() -> msg("dimension.unclassified", locale));
            boolean anyData = entry.getValue().stream().anyMatch(CityView::hasData);
            out.append(anyData ? "<section" : "<section class=\"nodata-section\"")
                    .append(" aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                    .append(htmlEscape(title)).append("</h2>\n<div class=\"table-wrap\">\n<table>\n<thead><tr>")
                    .append("<th scope=\"col\">").append(indicatorHeader).append("</th>")
                    .append("<th scope=\"col\" class=\"num\">").append(latestHeader).append("</th>")
                    .append("<th scope=\"col\">").append(periodHeader).append("</th>")
                    .append("<th scope=\"col\">").append(trendHeader).append("</th>")
                    .append("<th scope=\"col\">").append(targetHeader).append("</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (CityView v : entry.getValue()) {
                out.append(v.hasData() ? "<tr>" : "<tr class=\"nodata\">");
                out.append("<th scope=\"row\"><a href=\"").append(contextPath).append("/indicators/")
                        .append(htmlEscape(v.indicator().code())).append("\">")
                        .append(htmlEscape(v.indicator().name(locale))).append("</a></th>");
                out.append("<td class=\"num\">");
                if (v.hasData()) {
                    out.append("<span>").append(htmlEscape(formats.number(v.latestValue(), v.indicator().decimals(), locale)))
                            .append("</span> <span class=\"unit\">").append(htmlEscape(nullToEmpty(v.indicator().unit(locale))))
                            .append("</span>");
                    for (String f : v.flagList()) {
                        out.append(" <span class=\"flag\" title=\"").append(htmlEscape(msg("flag." + f, locale))).append("\">")
                                .append(htmlEscape(f)).append("</span>");
                    }
                } else {
                    out.append("<span class=\"muted\">").append(noData).append("</span>");
                }
                out.append("</td><td>").append(v.hasData() ? htmlEscape(v.latestPeriod()) : "");
                if (v.hasData() && outdated(v, today)) {
                    // older than the indicator's expected frequency allows (Freshness): say so beside the value
                    out.append(" <span class=\"status off_track outdated\" title=\"")
                            .append(htmlEscape(messages.getMessage("freshness.outdated.title",
                                    new Object[]{msg("frequency." + v.indicator().frequency(), locale)}, locale)))
                            .append("\">").append(htmlEscape(messages.getMessage("freshness.outdated",
                                    new Object[]{v.latestPeriod()}, locale))).append("</span>");
                }
                out.append("</td><td>");
                if (v.series().size() > 1) {
                    // the sparkline is SVG this application wrote from numbers (Formats.sparkline)
                    out.append("<span>").append(v.sparkline()).append("</span> <span class=\"sr-only\">")
                            .append(htmlEscape(v.firstPeriod())).append('–').append(htmlEscape(v.latestPeriod())).append("</span>");
                }
                out.append("</td><td>");
                if (v.target() != null) {
                    String status = v.target().statusCode();
                    out.append("<span class=\"status ").append(htmlEscape(status)).append("\">")
                            .append(htmlEscape(msg("status." + status, locale))).append("</span>");
                } else {
                    out.append("<span class=\"muted\">").append(noTarget).append("</span>");
                }
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</div>\n</section>\n");
        }
        return out.toString();
    }

    static boolean outdated(CityView v, LocalDate today) {
        Period.Result p = Period.parse(v.latestPeriod());
        return p.ok() && Freshness.outdated(p.period(), v.indicator().frequency(), today);
    }

    private String msg(String key, Locale locale) {
        return htmlEscape(messages.getMessage(key, null, key, locale));
    }

    /** Escapes markup characters only; Polish letters stay as they are (the page is UTF-8). */
    private static String htmlEscape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
