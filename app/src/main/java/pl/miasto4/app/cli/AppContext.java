package pl.miasto4.app.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import pl.miasto4.app.MiastoApplication;

import java.util.HashMap;
import java.util.Map;

/** Starts the application without its web server, for CLI commands that use the store. */
public final class AppContext {
    private AppContext() {
    }

    public static ConfigurableApplicationContext open() {
        SpringApplication app = new SpringApplication(MiastoApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("logging.level.root", "WARN");
        defaults.put("miasto.cli", "true");
        app.setDefaultProperties(defaults);
        return app.run();
    }
}
