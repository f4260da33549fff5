package pl.miasto4.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Reading is public; changing anything needs a login. Pages use a login form with CSRF tokens (Thymeleaf
 * puts them in every form, htmx sends the form's); the API uses HTTP Basic and answers 401 as problem
 * details, with a {@code WWW-Authenticate: Basic} challenge only for a client that sent credentials,
 * so browsers never show their password prompt nor keep Basic credentials for cross-site requests.
 * API requests are stateless (no session cookie authenticates them), so a cross-site form cannot act
 * with someone's login. Both chains: login throttling ({@link LoginThrottle}) and security headers
 * (CSP, nosniff, Referrer-Policy, frame-ancestors).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
public class SecurityConfig {

    /** Accounts with their roles as {@code ROLE_<ROLE>} authorities; a disabled account cannot log in. */
    @Bean
    UserDetailsService users(UserRepository accounts) {
        return username -> accounts.find(username)
                .map(a -> User.withUsername(a.username()).password(a.passwordHash()).disabled(a.disabled())
                        .roles(a.roles().stream().map(Role::name).toArray(String[]::new)).build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private static final String ADMIN = Role.ADMIN.name();
    private static final String PB = Role.PB_OFFICIAL.name();
    private static final String DATA = Role.DATA_EDITOR.name();
    private static final String ANALYST = Role.ANALYST.name();
    /** Every role: reads what is behind the login. */
    private static final String[] ANY_ROLE = java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    /** Scripts only from the application (no inline script); no framing; nothing but the map tiles from elsewhere. */
    static final String CSP = "default-src 'self'; img-src 'self' data: https://*.tile.openstreetmap.org; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(org.springframework.security.config.Customizer.withDefaults())
                .frameOptions(f -> f.deny()));
    }

    private static LoginThrottleFilter throttleFilter(org.springframework.context.ApplicationContext ctx) {
        return new LoginThrottleFilter(ctx.getBean(LoginThrottle.class), ctx, ctx.getBean(org.springframework.web.servlet.LocaleResolver.class),
                ctx.getBean(org.thymeleaf.spring6.SpringTemplateEngine.class));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, org.springframework.context.ApplicationContext ctx) throws Exception {
        headers(http);
        http.addFilterBefore(throttleFilter(ctx), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        http.securityMatcher("/api/**")
                // THE route × role table of the API (RouteRoleMatrixTest holds the expected matrix). Order matters:
                // the first matching rule decides; a route with no rule is refused to everyone.
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/audit/**").hasAnyRole(ADMIN, PB)
                        // API keys are shown, listed and revoked by administrators only (opendata.ApiKeysApi)
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        // residents vote without a Miasto account: the voter register decides who may
                        .requestMatchers(HttpMethod.POST, "/api/pb/editions/*/pools/*/ballots").permitAll()
                        // CKAN's clients read the catalogue by POSTing to the action API (opendata.CkanApi: read only)
                        .requestMatchers(HttpMethod.POST, "/api/3/action/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        // running an index without saving it changes nothing
                        .requestMatchers(HttpMethod.POST, "/api/index/runs", "/api/index/compare", "/api/index/compare.csv",
                                "/api/index/builds/*/compare").permitAll()
                        .requestMatchers("/api/pb/**").hasRole(PB)
                        .requestMatchers("/api/imports/**", "/api/observations/**", "/api/indicators/**", "/api/datasets/**",
                                "/api/units/**", "/api/goals/**", "/api/targets/**", "/api/surveys/**").hasRole(DATA)
                        .requestMatchers("/api/index/**", "/api/maturity/**").hasRole(ANALYST)
                        .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint(new ProblemEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemEntryPoint()))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    SecurityFilterChain pages(HttpSecurity http, org.springframework.context.ApplicationContext ctx) throws Exception {
        headers(http);
        http.addFilterBefore(throttleFilter(ctx), org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        // THE route × role table of the pages (RouteRoleMatrixTest holds the expected matrix)
        http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                        .requestMatchers("/admin/users/**").hasRole(ADMIN)
                        .requestMatchers("/account/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/lang", "/logout").permitAll()
                        .requestMatchers(HttpMethod.POST, "/pb/*/*/vote").permitAll()
                        // residents answer a survey with an invitation code, without a Miasto account
                        .requestMatchers(HttpMethod.POST, "/surveys/*/answer").permitAll()
                        // behind the login, readable by every role
                        .requestMatchers(HttpMethod.GET, "/import/**", "/admin/**", "/maturity/questionnaire/**",
                                "/maturity/portfolio/edit/**", "/maturity/portfolio/edit").hasAnyRole(ANY_ROLE)
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/admin/pb/**").hasRole(PB)
                        .requestMatchers(HttpMethod.POST, "/import/**", "/import", "/surveys/import", "/surveys/*/publish").hasRole(DATA)
                        .requestMatchers(HttpMethod.POST, "/index/builds", "/index/builds/**", "/maturity/**").hasRole(ANALYST)
                        .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/login").permitAll().successHandler(new FirstLoginHandler(ctx.getBean(UserRepository.class))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/"));
        return http.build();
    }

    /** After a login with a one-time password (invited, or reset by an administrator): straight to the password page. */
    static final class FirstLoginHandler extends org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler {
        private final UserRepository accounts;

        FirstLoginHandler(UserRepository accounts) {
            this.accounts = accounts;
        }

        @Override
        public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                            org.springframework.security.core.Authentication authentication)
                throws jakarta.servlet.ServletException, java.io.IOException {
            if (accounts.find(authentication.getName()).map(UserRepository.Account::mustChangePassword).orElse(false)) {
                getRedirectStrategy().sendRedirect(request, response, "/account/password");
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * 401 as RFC 7807 problem details. The Basic challenge goes only to a client that sent an
     * {@code Authorization} header (it asked for Basic, and its credentials were wrong): a browser
     * that did not is not made to show its password prompt.
     */
    static final class ProblemEntryPoint implements AuthenticationEntryPoint {
        @Override
        public void commence(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                             org.springframework.security.core.AuthenticationException authException) throws java.io.IOException {
            if (request.getHeader("Authorization") != null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"miasto\"");
            }
            ApiErrorBodies.problem(response, 401, "Unauthorized",
                    "Changing data needs a login: use HTTP Basic with a Miasto account.", request.getRequestURI());
        }
    }
}
