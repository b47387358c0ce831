package cn.xixian.alliance.coldstorage.planning.bench;

import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import cn.xixian.alliance.core.bench.BenchComponent;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code bench gap-generate --types CDE --agents 5,10,20 --jobs 100,200 --seed 1 --dir DIR}: instance files. */
@BenchComponent
class GapGenerateBench implements BenchCommand {

    @Override
    public String name() {
        return "gap-generate";
    }

    @Override
    public String usage() {
        return "bench gap-generate --types CDE --agents 5,10,20 --jobs 100,200 --seed 1 --dir DIR";
    }

    @Override
    public int run(BenchArgs args, PrintStream out) throws Exception {
        Path dir = Path.of(args.get("dir", "gap-generated"));
        Files.createDirectories(dir);
        long seed = args.getLong("seed", 1);
        for (char type : args.get("types", "CDE").toCharArray()) {
            for (String m : args.get("agents", "5,10,20").split(",")) {
                for (String n : args.get("jobs", "100,200").split(",")) {
                    GapInstance g = GapGenerator.generate(type, Integer.parseInt(m.trim()), Integer.parseInt(n.trim()), seed);
                    GapGenerator.write(g, dir.resolve(g.name()));
                    out.println(dir.resolve(g.name()));
                }
            }
        }
        return 0;
    }
}
