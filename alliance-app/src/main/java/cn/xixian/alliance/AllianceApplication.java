package cn.xixian.alliance;

import cn.xixian.alliance.bench.BenchLauncher;
import cn.xixian.alliance.ops.OpsCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The alliance coordinator. {@code java -jar alliance-app.jar} serves the web app;
 * {@code java -jar alliance-app.jar bench ...} runs a benchmark without the web server.
 */
@SpringBootApplication
public class AllianceApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(BenchLauncher.run(args));
        }
        OpsCommands.runIfCommand(args); // data export|import, mongo-server: exits when args name one
        SpringApplication.run(AllianceApplication.class, args);
    }
}
