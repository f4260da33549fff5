package pl.miasto4.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import pl.miasto4.indicator.Dimension;

/**
 * What every page's layout needs: the logged-in user, a link to the same page in the other language and
 * the nine dimensions by code. Added after the handler and only when it renders a view, so API answers
 * (JSON, CSV) pay nothing for it: as a {@code @ControllerAdvice} it ran for every {@code @RestController}
 * too (they are controllers), about 6 % of the server's CPU per API request (JFR, bench vote).
 */
public class PageModel implements HandlerInterceptor {

    private static final Map<String, Dimension> DIMENSIONS;

    static {
        Map<String, Dimension> m = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            m.put(d.code(), d);
        }
        DIMENSIONS = Collections.unmodifiableMap(m);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mv) {
        if (mv == null || mv.getView() instanceof org.springframework.web.servlet.view.RedirectView
                || (mv.getViewName() != null && (mv.getViewName().startsWith("redirect:")
                || mv.getViewName().startsWith("forward:")))) {
            return;
        }
        mv.getModelMap().putIfAbsent("currentUser", currentUser());
        mv.getModelMap().putIfAbsent("currentUserAdmin", currentUserHas("ROLE_ADMIN"));
        mv.getModelMap().putIfAbsent("dimensionByCode", DIMENSIONS);
        mv.getModelMap().putIfAbsent("langSwitchUrl", langSwitchUrl(request));
    }

    static boolean currentUserHas(String authority) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return currentUser() != null && a.getAuthorities().stream().anyMatch(g -> authority.equals(g.getAuthority()));
    }

    static String currentUser() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken ? null : a.getName();
    }

    static String langSwitchUrl(HttpServletRequest request) {
        String other = "en".equals(RequestContextUtils.getLocale(request).getLanguage()) ? "pl" : "en";
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", other).build().toUriString();
    }
}
