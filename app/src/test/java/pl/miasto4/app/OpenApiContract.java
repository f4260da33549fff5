package pl.miasto4.app;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an API response against the OpenAPI document the application publishes at
 * {@code /api/openapi}: the operation and status are documented, and the body matches the
 * documented schema (types of every value, no undocumented property, required properties
 * present), following {@code $ref}s. A small JSON-schema subset: what springdoc generates.
 */
public final class OpenApiContract {
    private final JsonNode document;

    public OpenApiContract(JsonNode document) {
        this.document = document;
    }

    /** Problems with {@code body} as the response of {@code method path} (a path template) with {@code status}; empty if it conforms. */
    public List<String> check(String method, String pathTemplate, int status, JsonNode body) {
        List<String> problems = new ArrayList<>();
        JsonNode op = document.path("paths").path(pathTemplate).path(method.toLowerCase(java.util.Locale.ROOT));
        if (op.isMissingNode()) {
            problems.add(method + " " + pathTemplate + " is not in the OpenAPI document");
            return problems;
        }
        JsonNode response = op.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            problems.add(method + " " + pathTemplate + ": status " + status + " is not documented (documented: "
                    + op.path("responses").propertyNames() + ")");
            return problems;
        }
        JsonNode content = response.path("content");
        JsonNode schema = null;
        for (String type : List.of("application/json", "application/problem+json", "*/*")) {
            if (content.has(type)) {
                schema = content.path(type).path("schema");
                break;
            }
        }
        if (schema == null) {
            if (body != null && !body.isMissingNode() && !body.isNull()) {
                problems.add(method + " " + pathTemplate + " " + status + ": a body came back but none is documented");
            }
            return problems;
        }
        validate(schema, body, "$", problems, new HashSet<>());
        return problems;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            schema = target;
        }
        return schema;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> t = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(x -> t.add(x.asString()));
        } else if (type.isString()) {
            t.add(type.asString());
        }
        if (schema.path("nullable").asBoolean(false)) {
            t.add("null");
        }
        return t;
    }

    private void validate(JsonNode schemaIn, JsonNode value, String at, List<String> problems, Set<String> seen) {
        JsonNode schema = resolve(schemaIn);
        if (schema.has("oneOf") || schema.has("anyOf")) {
            for (JsonNode alt : schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")) {
                List<String> p = new ArrayList<>();
                validate(alt, value, at, p, seen);
                if (p.isEmpty()) {
                    return;
                }
            }
            problems.add(at + ": matches none of the alternatives");
            return;
        }
        Set<String> types = types(schema);
        if (types.isEmpty() && schema.has("properties")) {
            types.add("object");
        }
        if (value == null || value.isNull()) {
            if (!types.isEmpty() && !types.contains("null")) {
                problems.add(at + ": null, but the schema allows " + types);
            }
            return;
        }
        String actual = value.isObject() ? "object" : value.isArray() ? "array" : value.isString() ? "string"
                : value.isBoolean() ? "boolean" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : "?";
        if (!types.isEmpty() && !types.contains(actual) && !(actual.equals("integer") && types.contains("number"))) {
            problems.add(at + ": " + actual + " (" + abbreviate(value) + "), but the schema says " + types);
            return;
        }
        if (value.isArray()) {
            JsonNode items = schema.path("items");
            int k = 0;
            for (JsonNode item : value) {
                if (!items.isMissingNode()) {
                    validate(items, item, at + "[" + k + "]", problems, seen);
                }
                k++;
            }
        } else if (value.isObject()) {
            JsonNode props = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            for (String name : value.propertyNames()) {
                if (props.has(name)) {
                    validate(props.get(name), value.get(name), at + "." + name, problems, seen);
                } else if (additional.isObject()) {
                    validate(additional, value.get(name), at + "." + name, problems, seen);
                } else if (!additional.asBoolean(false)) {
                    problems.add(at + ": property '" + name + "' is not in the schema");
                }
            }
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asString())) {
                    problems.add(at + ": required property '" + r.asString() + "' is missing");
                }
            }
        }
    }

    private static String abbreviate(JsonNode v) {
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
