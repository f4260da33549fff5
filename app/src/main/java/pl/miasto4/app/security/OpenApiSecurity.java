package pl.miasto4.app.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document declares how the API authenticates (issue 11): the scheme {@code basicAuth}
 * (HTTP Basic with a Miasto account), required by every operation that {@link SecurityConfig}
 * does not leave public, i.e. every change except the public ones and the audit trail's reads.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiSecurity {
    static final String SCHEME = "basicAuth";

    /** Changes that need no login (as in {@link SecurityConfig}): casting a ballot, running an index without saving it. */
    static final List<String> PUBLIC_CHANGES = List.of("/api/pb/editions/*/pools/*/ballots", "/api/index/runs",
            "/api/index/compare", "/api/index/compare.csv", "/api/index/builds/*/compare");

    @Bean
    OpenApiCustomizer securitySchemes() {
        AntPathMatcher paths = new AntPathMatcher();
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A Miasto account (user name and password). Reading is public; changes need it."));
            if (api.getPaths() == null) {
                return;
            }
            for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
                String path = e.getKey().replaceAll("\\{[^}]+}", "*");
                boolean publicChange = PUBLIC_CHANGES.stream().anyMatch(p -> paths.match(p, path));
                for (Map.Entry<PathItem.HttpMethod, Operation> op : e.getValue().readOperationsMap().entrySet()) {
                    boolean read = op.getKey() == PathItem.HttpMethod.GET || op.getKey() == PathItem.HttpMethod.HEAD
                            || op.getKey() == PathItem.HttpMethod.OPTIONS;
                    boolean needsLogin = read ? paths.match("/api/audit/**", path) : !publicChange;
                    if (needsLogin) {
                        op.getValue().addSecurityItem(new SecurityRequirement().addList(SCHEME));
                    }
                }
            }
        };
    }
}
