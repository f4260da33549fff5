package pl.miasto4.app.opendata;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Counts the catalogue's downloads and API calls as they are answered: files of series, PB pools, index builds
 * and assessments (a download that was answered 200), the CKAN action API and the catalogue itself (API calls).
 * It only hands the path to {@link UsageCounter}, after the response; which dataset a path belongs to is worked
 * out later, off the request thread.
 */
@Component
public class UsageFilter extends OncePerRequestFilter {
    private final UsageCounter counter;

    public UsageFilter(UsageCounter counter) {
        this.counter = counter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String agent = request.getHeader("User-Agent");
        if (path.startsWith("/api/3/action/")) {
            String id = request.getParameter("id");
            counter.count(path.substring("/api/3/action/".length()), id == null ? "" : id, "api", agent);
        } else if (path.startsWith("/catalog.")) {
            counter.count(path.substring(1), "", "api", agent);
        } else if (path.startsWith("/opendata/datasets/") || path.startsWith("/api/pb/editions/")
                || path.startsWith("/api/index/builds/") || path.startsWith("/api/maturity/cities/")) {
            String query = request.getQueryString();
            counter.count(query == null ? path : path + "?" + query, "", "download", agent);
        }
    }
}
