package pl.miasto4.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application: storage, HTTP API and pages. Started by {@link Miasto} commands. */
@SpringBootApplication
public class MiastoApplication {
}
