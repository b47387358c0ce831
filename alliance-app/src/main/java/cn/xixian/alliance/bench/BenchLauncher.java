package cn.xixian.alliance.bench;

import cn.xixian.alliance.AllianceApplication;
import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar alliance-app.jar bench <name> [options] [files]}: runs one {@link BenchCommand}
 * in the application's own context without the web server (with it, on a free port, for a command that
 * {@linkplain BenchCommand#needsWebServer() calls the app over HTTP}), on a fresh embedded store in a
 * temporary directory (removed afterwards), so a benchmark never touches ./data. The context runs in the
 * {@value BenchCommand#PROFILE} profile: only then are the modules' {@code bench} packages' beans
 * ({@link cn.xixian.alliance.core.bench.BenchComponent}) created.
 */
public final class BenchLauncher {

    private BenchLauncher() {
    }

    public static int run(String[] args) {
        PrintStream out = System.out;
        if (args.length < 2) {
            out.println("usage: java -jar alliance-app.jar bench <command> [options] [files]");
        }
        String name = args.length < 2 ? "" : args[1];
        Path dataDir = null;
        try {
            dataDir = Files.createTempDirectory("alliance-bench");
            // Command-line properties outrank application.yaml; settings given after the command
            // (--alliance.x=y, --spring.x=y) outrank these.
            List<String> springArgs = new ArrayList<>(List.of(
                    "--alliance.data-dir=" + dataDir,
                    "--alliance.demo.enabled=false",
                    "--alliance.batch.resume-on-start=false",
                    "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN"));
            List<String> benchArgs = new ArrayList<>();
            for (String arg : Arrays.asList(args).subList(Math.min(2, args.length), args.length)) {
                (arg.matches("--(alliance|spring|logging)\\..*=.*") ? springArgs : benchArgs).add(arg);
            }
            try (ConfigurableApplicationContext context = start(springArgs, WebApplicationType.NONE)) {
                Map<String, BenchCommand> commands = context.getBeansOfType(BenchCommand.class);
                BenchCommand command = commands.values().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
                if (command == null) {
                    out.println("unknown bench command '" + name + "'; available:");
                    commands.values().stream().sorted(Comparator.comparing(BenchCommand::name))
                            .forEach(c -> out.println("  " + c.usage()));
                    return 2;
                }
                if (!command.needsWebServer()) {
                    return run(command, benchArgs, out);
                }
            }
            // The command calls the app over HTTP: start it again, this time serving on a free port.
            springArgs.add("--server.port=0");
            try (ConfigurableApplicationContext context = start(springArgs, WebApplicationType.SERVLET)) {
                BenchCommand command = context.getBeansOfType(BenchCommand.class).values().stream()
                        .filter(c -> c.name().equals(name)).findFirst().orElseThrow();
                return run(command, benchArgs, out);
            }
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        } finally {
            deleteTree(dataDir);
        }
    }

    private static ConfigurableApplicationContext start(List<String> springArgs, WebApplicationType web) {
        return new SpringApplicationBuilder(AllianceApplication.class).profiles(BenchCommand.PROFILE).web(web)
                .logStartupInfo(false)
                .run(springArgs.toArray(String[]::new));
    }

    private static int run(BenchCommand command, List<String> benchArgs, PrintStream out) throws Exception {
        try {
            return command.run(new BenchArgs(benchArgs), out);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("usage: " + command.usage());
            return 2;
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
