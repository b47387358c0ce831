package cn.xixian.alliance.core.bench;

import java.io.PrintStream;

/**
 * A benchmark run from the command line ({@code java -jar alliance-app.jar bench <name> ...}).
 * Each module contributes its own as a {@link BenchComponent} in its {@code bench} package (wired only when the
 * launcher runs, in the {@value #PROFILE} profile); the launcher picks one by {@link #name()}.
 */
public interface BenchCommand {

    /** The Spring profile the bench launcher runs in: benchmark beans exist only there. */
    String PROFILE = "bench";

    String name();

    /** One line of usage, shown when the command is unknown or its arguments are wrong. */
    String usage();

    /**
     * Whether the benchmark calls the application over HTTP (a webhook's latency, say): the launcher then serves
     * the web app on a free port, found in the environment as {@code local.server.port}.
     */
    default boolean needsWebServer() {
        return false;
    }

    /** Runs the benchmark; returns the process exit code. */
    int run(BenchArgs args, PrintStream out) throws Exception;
}
