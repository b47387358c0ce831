package cn.xixian.alliance.core.datadir;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code alliance.data-dir} (default {@code ./data}) an absolute path before anything reads it:
 * H2 refuses a plain relative path such as {@code data/batch}, and job parameters that name files
 * must mean the same file after a restart from another directory.
 */
public class DataDirEnvironmentPostProcessor implements EnvironmentPostProcessor {

    public static final String PROPERTY = "alliance.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY, "./data");
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("allianceDataDir", Map.of(PROPERTY, absolute)));
    }
}
