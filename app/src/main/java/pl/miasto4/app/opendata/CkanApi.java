package pl.miasto4.app.opendata;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
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

    @RequestMapping(value = "/api/3/action/package_list", method = {RequestMethod.GET, RequestMethod.POST},
            produces = "application/json")
    @Operation(summary = "CKAN package_list", description = "The names of every dataset, sorted; CKAN's envelope "
            + "{help, success, result}. Parameters as a query or a JSON body.")
    @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0"))
    public ResponseEntity<Map<String, Object>> packageList(@Parameter(hidden = true) @RequestParam Map<String, String> query,
                                                           @RequestBody(required = false) Map<String, Object> body) {
        return action("package_list", query, body);
    }

    @RequestMapping(value = "/api/3/action/package_show", method = {RequestMethod.GET, RequestMethod.POST},
            produces = "application/json")
    @Operation(summary = "CKAN package_show", description = "One dataset as a CKAN package (resources, tags, "
            + "organization, extras). 404 Not Found Error for an unknown id, 409 Validation Error without one.")
    @Parameter(name = "id", in = ParameterIn.QUERY, description = "the dataset's name (catalogue identifier)")
    public ResponseEntity<Map<String, Object>> packageShow(@Parameter(hidden = true) @RequestParam Map<String, String> query,
                                                           @RequestBody(required = false) Map<String, Object> body) {
        return action("package_show", query, body);
    }

    @RequestMapping(value = "/api/3/action/package_search", method = {RequestMethod.GET, RequestMethod.POST},
            produces = "application/json")
    @Operation(summary = "CKAN package_search", description = "{count, results, sort, facets, search_facets}; q: every "
            + "word must occur in the name, titles, descriptions or keywords. 409 Validation Error for a rows or start "
            + "that is not a natural number.")
    @Parameter(name = "q", in = ParameterIn.QUERY)
    @Parameter(name = "rows", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0", maximum = "1000",
            defaultValue = "10"))
    @Parameter(name = "start", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
    public ResponseEntity<Map<String, Object>> packageSearch(@Parameter(hidden = true) @RequestParam Map<String, String> query,
                                                             @RequestBody(required = false) Map<String, Object> body) {
        return action("package_search", query, body);
    }

    /** Any other action: CKAN's 400 answer. */
    @Hidden
    @RequestMapping(value = "/api/3/action/{action}", method = {RequestMethod.GET, RequestMethod.POST},
            produces = "application/json")
    public ResponseEntity<Map<String, Object>> unknown(@PathVariable String action) {
        throw CkanPackages.CkanError.badRequest("Action name not known: " + action);
    }

    private ResponseEntity<Map<String, Object>> action(String action, Map<String, String> query, Map<String, Object> body) {
        Map<String, String> p = new LinkedHashMap<>(query);
        if (body != null) {
            body.forEach((k, v) -> p.put(k, v == null ? null : v.toString()));
        }
        String base = base();
        Object result = switch (action) {
            case "package_list" -> packages.packageList(p);
            case "package_show" -> packages.packageShow(p, base);
            default -> packages.packageSearch(p, base);
        };
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("help", help(action));
        envelope.put("success", true);
        envelope.put("result", result);
        return ResponseEntity.ok(envelope);
    }

    @ExceptionHandler(CkanPackages.CkanError.class)
    ResponseEntity<Map<String, Object>> error(CkanPackages.CkanError e, jakarta.servlet.http.HttpServletRequest request) {
        String uri = request.getRequestURI();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("help", help(uri.substring(uri.lastIndexOf('/') + 1)));
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
