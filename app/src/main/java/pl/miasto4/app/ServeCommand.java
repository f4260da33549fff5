package pl.miasto4.app;

import pl.miasto4.app.cli.ExitCode;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web application (pages, API) at http://localhost:PORT. "
                + "On first start with an empty store, loads the demo data (real figures, each with its source).")
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}, or MIASTO_PORT)",
            defaultValue = "${env:MIASTO_PORT:-8080}")
    int port;

    @Option(names = "--no-demo", description = "Do not load the demo data into an empty store.")
    boolean noDemo;

    @Override
    public Integer call() {
        SpringApplication app = new SpringApplication(MiastoApplication.class);
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", port);
        props.put("miasto.demo.load-on-start", !noDemo);
        app.setDefaultProperties(props);
        app.run();
        return ExitCode.OK;
    }
}
