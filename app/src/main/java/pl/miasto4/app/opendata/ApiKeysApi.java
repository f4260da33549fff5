package pl.miasto4.app.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import pl.miasto4.app.web.ApiProblem;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An administrator's API keys: create (the key is in the answer, once), list (without keys, with usage), revoke. */
@RestController
@Tag(name = "Open data")
public class ApiKeysApi {
    private final ApiKeys keys;
    private final MessageSource messages;

    public ApiKeysApi(ApiKeys keys, MessageSource messages) {
        this.keys = keys;
        this.messages = messages;
    }

    /** What an administrator sends to create a key. */
    public record NewKey(String name, Integer perMinute, Integer perDay) {
    }

    @PostMapping("/api/admin/api-keys")
    @Operation(summary = "Create an API key", description = "Signed-in administrators only. The key is in this answer "
            + "only (the store keeps its SHA-256). Send it as the X-API-Key header; over its quota a request gets a 429 "
            + "problem with Retry-After.")
    public ResponseEntity<Map<String, Object>> create(@RequestBody NewKey body, Principal who) {
        String name = body == null || body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw invalid("name");
        }
        int perMinute = checked(body.perMinute(), "perMinute", 60, 1_000_000);
        int perDay = checked(body.perDay(), "perDay", 10_000, 100_000_000);
        ApiKeys.Created c = keys.create(name, perMinute, perDay, who.getName());
        Map<String, Object> out = describe(c.key());
        out.put("key", c.secret());
        out.put("note", messages.getMessage("opendata.apikey.shown-once", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.CREATED).body(out);
    }

    @GetMapping("/api/admin/api-keys")
    @Operation(summary = "API keys", description = "Signed-in administrators only: every key (without the key itself), "
            + "its quotas and its requests today (answered, refused) and in all.")
    public List<Map<String, Object>> list() {
        return keys.list().stream().map(l -> {
            Map<String, Object> m = describe(l.key());
            m.put("answeredToday", l.answeredToday());
            m.put("refusedToday", l.refusedToday());
            m.put("answeredTotal", l.answeredTotal());
            return m;
        }).toList();
    }

    @DeleteMapping("/api/admin/api-keys/{id}")
    @Operation(summary = "Revoke an API key", description = "Requests with it get 401 from then on.")
    public ResponseEntity<Void> revoke(@PathVariable long id) {
        if (!keys.revoke(id)) {
            throw ApiProblem.notFound("API key", String.valueOf(id));
        }
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> describe(ApiKeyRepository.Key k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("name", k.name());
        m.put("prefix", k.prefix());
        m.put("perMinute", k.perMinute());
        m.put("perDay", k.perDay());
        m.put("createdBy", k.createdBy());
        m.put("created", k.created().toString());
        m.put("revoked", k.revoked() == null ? null : k.revoked().toString());
        return m;
    }

    private int checked(Integer value, String field, int otherwise, int max) {
        if (value == null) {
            return otherwise;
        }
        if (value < 1 || value > max) {
            throw invalid(field);
        }
        return value;
    }

    private ApiProblem invalid(String field) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request",
                messages.getMessage("opendata.apikey.invalid.title", null, LocaleContextHolder.getLocale()),
                messages.getMessage("opendata.apikey.invalid." + field, null, LocaleContextHolder.getLocale()),
                Map.of("field", field));
    }
}
