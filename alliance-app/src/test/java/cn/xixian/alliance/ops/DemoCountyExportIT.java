package cn.xixian.alliance.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.AllianceApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The demo county on the embedded H2 store, exported while the app runs, imported into a fresh data directory:
 * every collection has the same documents (count and content hash) and indexes, and the app started on the
 * imported directory serves the same dashboard figures.
 */
class DemoCountyExportIT {

    @TempDir
    Path tmp;

    @Test
    void demoCountyMovesToAFreshDataDirectoryUnchanged() throws Exception {
        Path original = tmp.resolve("original");
        Path moved = tmp.resolve("moved");
        Path export = tmp.resolve("export");
        Map<String, MongoDumpFixtures.CollectionState> before;
        List<String> figuresBefore;
        try (ConfigurableApplicationContext app = start(original, "--alliance.demo.enabled=true")) {
            before = MongoDumpFixtures.state(app.getBean(MongoTemplate.class).getDb());
            figuresBefore = dashboardFigures(app);
            String out = data("export", "--out", export.toString(), "--alliance.data-dir=" + original);
            assertThat(out).contains("the running embedded server");
        }
        assertThat(before).containsKeys("members", "households", "red_orders").hasSizeGreaterThan(10);

        String imported = data("import", "--from", export.toString(), "--alliance.data-dir=" + moved);
        assertThat(imported).contains("replaced from " + BatchRepositoryDump.FILE);
        try (MongoServerCommand.Running store = MongoServerCommand.start(0, moved);
                var client = com.mongodb.client.MongoClients.create("mongodb://127.0.0.1:" + store.port())) {
            assertThat(MongoDumpFixtures.state(client.getDatabase("alliance"))).isEqualTo(before);
        }
        try (ConfigurableApplicationContext app = start(moved)) {
            assertThat(dashboardFigures(app)).isNotEmpty().isEqualTo(figuresBefore);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> args = new ArrayList<>(List.of("--alliance.data-dir=" + dataDir, "--server.port=0",
                "--alliance.cold-storage.stock-age.cron=-", "--alliance.backup.cron=-", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(AllianceApplication.class).run(args.toArray(String[]::new));
    }

    private static String data(String... args) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status = DataCommand.run(List.of(args), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text).isZero();
        return text;
    }

    /** The figures of the coordinator's dashboard page (each figure's data-value), signed in through the form. */
    private static List<String> dashboardFigures(ConfigurableApplicationContext app) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String base = "http://localhost:" + port;
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=coordinator&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/dashboard")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> figures = new ArrayList<>();
        Matcher figure = Pattern.compile("id=\"(fig-[^\"]+)\"[^>]*data-value=\"([^\"]*)\"|data-value=\"([^\"]*)\"[^>]*id=\"(fig-[^\"]+)\"")
                .matcher(page.body());
        while (figure.find()) {
            figures.add(figure.group(1) != null ? figure.group(1) + "=" + figure.group(2) : figure.group(4) + "=" + figure.group(3));
        }
        return figures;
    }
}
