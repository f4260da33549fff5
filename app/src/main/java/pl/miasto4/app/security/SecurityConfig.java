package pl.miasto4.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Reading is public; changing anything needs a login. Pages use a login form, the API HTTP Basic
 * (and answers 401 as problem details instead of redirecting to the form).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
public class SecurityConfig {

    @Bean
    UserDetailsService users(JdbcClient jdbc) {
        return username -> jdbc.sql("SELECT username, password_hash, role FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString("username")).password(rs.getString("password_hash"))
                        .roles(rs.getString("role").toUpperCase()).build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/audit/**").authenticated()
                        // API keys are shown, listed and revoked by administrators only (opendata.ApiKeysApi)
                        .requestMatchers("/api/admin/**").authenticated()
                        // residents vote without a Miasto account: the voter register decides who may
                        .requestMatchers(HttpMethod.POST, "/api/pb/editions/*/pools/*/ballots").permitAll()
                        // CKAN's clients read the catalogue by POSTing to the action API (opendata.CkanApi: read only)
                        .requestMatchers(HttpMethod.POST, "/api/3/action/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        // running an index without saving it changes nothing
                        .requestMatchers(HttpMethod.POST, "/api/index/runs", "/api/index/compare", "/api/index/compare.csv",
                                "/api/index/builds/*/compare").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(new ProblemEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemEntryPoint()))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/import/**", "/admin/**", "/maturity/questionnaire/**", "/maturity/portfolio/edit/**",
                                "/maturity/portfolio/edit").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/lang", "/logout").permitAll()
                        .requestMatchers(HttpMethod.POST, "/pb/*/*/vote").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data: https://*.tile.openstreetmap.org; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /** 401 as RFC 7807 problem details. */
    static final class ProblemEntryPoint implements AuthenticationEntryPoint {
        @Override
        public void commence(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                             org.springframework.security.core.AuthenticationException authException) throws java.io.IOException {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"miasto\"");
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Changing data needs a login: use HTTP Basic with a Miasto account.\",\"instance\":\""
                    + request.getRequestURI().replace("\"", "") + "\"}");
        }
    }
}
