package pl.miasto4.app.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import java.time.Duration;
import java.util.Locale;

/** Polish by default, English on request ({@code ?lang=en}, remembered in a cookie). */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

    public static final Locale POLISH = Locale.forLanguageTag("pl");

    /** Messages with ICU's plural rules (replaces Spring Boot's own {@code messageSource}). */
    @Bean
    org.springframework.context.MessageSource messageSource() {
        return new IcuMessageSource();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("miasto-lang");
        resolver.setDefaultLocale(POLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Switches off the resource URL rewriting that Spring Boot adds for Thymeleaf when the resource
     * chain is on (it is, for version-less WebJar paths). The filter asks the classpath, for every link
     * on a page, whether it names a static file, and caches only the hits: a city page with 250 links
     * to indicators spent three quarters of its CPU in failed jar lookups (JFR, bench store). The
     * version-less WebJar paths keep working without it: the chain resolves them when requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(new PageModel());
    }
}
