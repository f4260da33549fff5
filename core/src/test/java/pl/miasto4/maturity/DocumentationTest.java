package pl.miasto4.maturity;

import org.junit.jupiter.api.Test;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/maturity.md lists every indicator code the shipped models use, for the indicator catalogue. */
class DocumentationTest {
    @Test
    void everyIndicatorCodeIsListedForTheCatalogue() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "maturity.md"), StandardCharsets.UTF_8);
        for (MaturityModel model : ModelLibrary.builtIn().models()) {
            model.indicatorCodes().keySet().forEach(code -> assertThat(doc).as(code).contains("`" + code + "`"));
        }
    }
}
