package cn.xixian.alliance.demo;

import cn.xixian.alliance.demo.persistence.DemoMarkers;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo county once: on the first start of the embedded default (or wherever
 * {@code alliance.demo.enabled=true}). A marker document records that it was loaded; the loaders
 * skip what already exists, so a start cut off half-way simply finishes the job next time.
 */
@Component
@Order(0)
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String MARKER = "demo-data";

    private final DemoProperties properties;
    private final DemoMarkers markers;
    private final DemoRegistry registry;
    private final DemoPeople people;
    private final List<DemoStep> steps;
    private final String mongoUri;

    DemoDataLoader(DemoProperties properties, DemoMarkers markers, DemoRegistry registry, DemoPeople people,
            List<DemoStep> steps, Environment environment) {
        this.properties = properties;
        this.markers = markers;
        this.registry = registry;
        this.people = people;
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        // Boot's own setting, unset on the embedded default
        this.mongoUri = environment.getProperty("spring.data.mongodb.uri", "");
    }

    boolean enabled() {
        return properties.enabled() != null ? properties.enabled() : mongoUri.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        if (!loaded(MARKER)) {
            long start = System.nanoTime();
            DemoRegistry.County county = registry.load(properties.seed());
            people.load(county, properties);
            mark(MARKER);
            log.info("Demo data loaded in {} ms: {} villages, {} cooperatives, {} households",
                    (System.nanoTime() - start) / 1_000_000, county.villages().size(), county.cooperatives().size(),
                    properties.households());
        }
        for (DemoStep step : steps) {
            if (!step.appliesTo(properties)) {
                continue;
            }
            String marker = MARKER + ":" + step.name();
            if (!loaded(marker)) {
                long start = System.nanoTime();
                step.load(properties);
                mark(marker);
                log.info("Demo {} loaded in {} ms", step.name(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private boolean loaded(String marker) {
        return markers.loaded(marker);
    }

    private void mark(String marker) {
        markers.mark(marker, properties.seed());
    }
}
