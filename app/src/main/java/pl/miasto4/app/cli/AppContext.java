package pl.miasto4.app.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.Map;

/**
 * Starts the application without its web server, for CLI commands that use the store. The root of the
 * CLI names the application class ({@link #use}) before it runs a command, so feature commands can open
 * the store without depending on the root that registers them.
 */
public final class AppContext {
    private static volatile Class<?> application;

    private AppContext() {
    }

    /** The Spring application that {@link #open()} starts; set by the CLI's root. */
    public static void use(Class<?> applicationClass) {
        application = applicationClass;
    }

    public static ConfigurableApplicationContext open() {
        Class<?> source = application;
        if (source == null) {
            throw new IllegalStateException("no application to open: run commands through the miasto CLI's root command");
        }
        SpringApplication app = new SpringApplication(source);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("logging.level.root", "WARN");
        defaults.put("miasto.cli", "true");
        app.setDefaultProperties(defaults);
        return app.run();
    }
}
