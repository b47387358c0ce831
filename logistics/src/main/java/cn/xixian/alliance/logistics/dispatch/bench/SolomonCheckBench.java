package cn.xixian.alliance.logistics.dispatch.bench;

import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import cn.xixian.alliance.core.bench.BenchComponent;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bench solomon-check --solutions DIR FILE...}: checks {@code DIR/<instance>.sol} against each
 * instance without any solver code — every customer once, capacity, windows, depot due date — and
 * prints vehicles and unrounded distance.
 */
@BenchComponent
class SolomonCheckBench implements BenchCommand {

    @Override
    public String name() {
        return "solomon-check";
    }

    @Override
    public String usage() {
        return "solomon-check --solutions DIR FILE...";
    }

    @Override
    public int run(BenchArgs args, PrintStream out) throws Exception {
        Path dir = Path.of(args.get("solutions", "solomon-solutions"));
        List<String> files = args.files();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("give at least one instance file");
        }
        boolean allFeasible = true;
        for (String file : files) {
            SolomonInstance instance = SolomonInstance.read(Path.of(file));
            Path solution = dir.resolve(instance.name() + ".sol");
            if (!Files.isReadable(solution)) {
                out.printf("%s: no solution file %s%n", instance.name(), solution);
                allFeasible = false;
                continue;
            }
            SolomonCheck check = SolomonCheck.of(instance, SolomonCheck.read(solution));
            allFeasible &= check.feasible();
            out.printf("%s: %s, %d vehicles, %.2f%n", instance.name(), check.feasible() ? "feasible" : "INFEASIBLE",
                    check.vehicles(), check.distance());
            check.problems().forEach(problem -> out.println("  ! " + problem));
        }
        return allFeasible ? 0 : 1;
    }
}
