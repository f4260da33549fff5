package pl.miasto4.app.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CKAN-compatible read API (CKAN 2.x action API, {@code /api/3/action/...}): package_list, package_show,
 * package_search, by GET with query parameters or by POST with a JSON body as CKAN's clients send them. Every
 * answer is CKAN's envelope {@code {help, success, result}}; wrong parameters get CKAN's error dict and status
 * (409 validation, 404 not found, 400 unknown action).
 */
@RestController
@Tag(name = "Open data")
public class CkanApi {
    private final CkanPackages packages;
    private final OpenDataSettings settings;

    public CkanApi(CkanPackages packages, OpenDataSettings settings) {
        this.packages = packages;
        this.settings = settings;
    }

    @RequestMapping(value = "/api/3/action/{action}", method = {RequestMethod.GET, RequestMethod.POST},
            produces = "application/json")
    @Operation(summary = "CKAN action API (read)", description = "package_list [limit, offset], package_show id, "
            + "package_search [q, rows ≤ 1000, start]; parameters as a query or a JSON body.")
    public ResponseEntity<Map<String, Object>> action(@PathVariable String action, @RequestParam Map<String, String> query,
                                                      @RequestBody(required = false) Map<String, Object> body) {
        Map<String, String> p = new LinkedHashMap<>(query);
        if (body != null) {
            body.forEach((k, v) -> p.put(k, v == null ? null : v.toString()));
        }
        String base = base();
        Object result = switch (action) {
            case "package_list" -> packages.packageList(p);
            case "package_show" -> packages.packageShow(p, base);
            case "package_search" -> packages.packageSearch(p, base);
            default -> throw CkanPackages.CkanError.badRequest("Action name not known: " + action);
        };
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("help", help(action));
        envelope.put("success", true);
        envelope.put("result", result);
        return ResponseEntity.ok(envelope);
    }

    @ExceptionHandler(CkanPackages.CkanError.class)
    ResponseEntity<Map<String, Object>> error(CkanPackages.CkanError e,
                                              @org.springframework.web.bind.annotation.RequestAttribute(
                                                      name = "org.springframework.web.servlet.HandlerMapping.uriTemplateVariables",
                                                      required = false) Map<String, String> vars) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("help", help(vars == null ? "" : vars.getOrDefault("action", "")));
        envelope.put("success", false);
        envelope.put("error", e.error());
        return ResponseEntity.status(e.status()).contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(envelope);
    }

    private String help(String action) {
        return base() + "/api/3/action/help_show?name=" + action;
    }

    private String base() {
        return settings.baseUrl().isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : settings.baseUrl();
    }
}
