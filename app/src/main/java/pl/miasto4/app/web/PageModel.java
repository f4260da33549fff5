package pl.miasto4.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;

/** What every page's layout needs: the logged-in user and a link to the same page in the other language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class PageModel {

    @ModelAttribute("currentUser")
    public String currentUser() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken ? null : a.getName();
    }

    /** The nine dimensions by code, for templates. */
    @ModelAttribute("dimensionByCode")
    public java.util.Map<String, pl.miasto4.indicator.Dimension> dimensionByCode() {
        java.util.Map<String, pl.miasto4.indicator.Dimension> m = new java.util.LinkedHashMap<>();
        for (pl.miasto4.indicator.Dimension d : pl.miasto4.indicator.Dimension.values()) {
            m.put(d.code(), d);
        }
        return m;
    }

    @ModelAttribute("langSwitchUrl")
    public String langSwitchUrl(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "pl" : "en";
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(query).replaceQueryParam("lang", other)
                .build().toUriString();
    }
}
