package cn.xixian.alliance.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The operations commands of {@code java -jar alliance-app.jar}: {@value DataCommand#USAGE} and
 * {@value MongoServerCommand#USAGE}. Called first thing from the app's {@code main}.
 */
public final class OpsCommands {

    private OpsCommands() {
    }

    /** Runs the command {@code args} name and exits with its status; returns when they name none. */
    public static void runIfCommand(String[] args) {
        if (args.length == 0 || !(args[0].equals("data") || args[0].equals("mongo-server"))) {
            return;
        }
        quietLogging();
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        int status;
        try {
            status = args[0].equals("data") ? DataCommand.run(rest, System.out) : MongoServerCommand.run(rest, System.out);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** Logback logs everything until Spring configures it, and {@code mongo-server} starts no Spring: warnings only. */
    static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
