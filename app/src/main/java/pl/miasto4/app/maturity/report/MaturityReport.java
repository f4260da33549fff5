package pl.miasto4.app.maturity.report;

import pl.miasto4.app.maturity.assessment.AssessmentStore;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import pl.miasto4.app.web.Formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The printable report of a city's maturity: its profile, its benchmark against every city
 * assessed under the same model, and its roadmap (saved targets, else the default), with the
 * charts drawn as SVG on the server. HTML from a Thymeleaf template; PDF from the same XHTML by
 * openhtmltopdf (PDFBox), with DejaVu Sans embedded so that Polish letters print.
 */
@Service
public class MaturityReport {
    public enum Format { html, pdf }

    private final ITemplateEngine templates;
    private final MaturityViews views;
    private final AssessmentStore assessments;
    private final Formats formats;
    private final MaturityCharts charts;

    public MaturityReport(ITemplateEngine templates, MaturityViews views, AssessmentStore assessments, Formats formats,
                          MaturityCharts charts) {
        this.charts = charts;
        this.templates = templates;
        this.views = views;
        this.assessments = assessments;
        this.formats = formats;
    }

    /** The latest assessment of a city (TERYT code or name) under a model; a self-assessment before a derived one. */
    public Optional<AssessmentStore.StoredAssessment> latest(String city, String modelId) {
        return assessments.latestPerCity(modelId).stream()
                .filter(a -> a.unitCode().equals(city) || a.unitName().equalsIgnoreCase(city)).findFirst();
    }

    public byte[] render(long assessmentId, Locale locale, Format format) {
        String html = html(assessmentId, locale);
        return format == Format.html ? html.getBytes(StandardCharsets.UTF_8) : pdf(html);
    }

    public String html(long assessmentId, Locale locale) {
        ProfileView p = views.profile(assessmentId);
        BenchmarkView b = views.benchmark(assessmentId, List.of());
        RoadmapView r = views.roadmap(assessmentId, null, null).orElse(null);
        String lang = "en".equals(locale.getLanguage()) ? "en" : "pl";
        Context ctx = new Context(locale);
        ctx.setVariable("p", p);
        ctx.setVariable("b", b);
        ctx.setVariable("r", r);
        ctx.setVariable("fmt", formats);
        ctx.setVariable("lang", lang);
        ctx.setVariable("generated", LocalDate.now().toString());
        ctx.setVariable("profileRadar", charts.profileRadar(p, lang));
        ctx.setVariable("componentBars", SvgCharts.bars(p.components().stream().map(c -> c.name().in(lang)).toList(),
                p.components().stream().map(c -> c.score().value()).toList(), 5, 330, locale));
        ctx.setVariable("benchmarkRadar", charts.benchmarkRadar(b, lang));
        ctx.setVariable("rankChart", SvgCharts.ranks(b.ranking().stream().map(x -> new SvgCharts.RankRow(x.name(), x.rank(), x.low(),
                x.high(), x.unitCode().equals(b.subject()))).toList(), b.ranking().size(), 440));
        if (r != null) {
            ctx.setVariable("balanceBars", SvgCharts.bars(r.balance().stream().map(c -> c.name().in(lang)).toList(),
                    r.balance().stream().map(c -> (double) c.actions()).toList(),
                    Math.max(1, r.balance().stream().mapToInt(RoadmapView.BalanceView::actions).max().orElse(1)), 330, locale));
        }
        return templates.process("maturity/report", ctx);
    }

    static byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = MaturityReport.class.getClassLoader().getResourceAsStream("report/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("the report font " + name + " is missing from the application");
        }
        return in;
    }
}
