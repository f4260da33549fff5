package pl.miasto4.app.maturity;

import pl.miasto4.app.cli.ExitCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import pl.miasto4.maturity.model.MaturityModel;
import pl.miasto4.maturity.model.ModelLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Print a shipped maturity model (default: the Miasto 4.0 model) as YAML, exactly as shipped, or as JSON.")
public class ModelCommand implements Callable<Integer> {
    enum Format { yaml, json }

    /** Indented JSON, {@code "name": value} as people write it. */
    private static final ObjectWriter JSON = JsonMapper.builder().build().writer().with(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", paramLabel = "ID", description = "Model id (default: ${DEFAULT-VALUE}; shipped: miasto40, itu-y4904).",
            defaultValue = ModelLibrary.DEFAULT_MODEL)
    String modelId;

    @Option(names = "--format", paramLabel = "FORMAT", description = "yaml or json (default: ${DEFAULT-VALUE}).",
            defaultValue = "yaml")
    Format format;

    @Override
    public Integer call() {
        ModelLibrary library = ModelLibrary.builtIn();
        MaturityModel model = library.model(modelId).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Unknown model '" + modelId + "'; shipped models: "
                + library.models().stream().map(MaturityModel::id).collect(Collectors.joining(", "))));
        String text = library.documentText(model.id()).orElseThrow();
        if (format == Format.yaml) {
            spec.commandLine().getOut().print(text);
        } else {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            spec.commandLine().getOut().println(JSON.writeValueAsString(tree));
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
