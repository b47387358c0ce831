package cn.xixian.alliance.logistics.dispatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks Solomon routes from scratch, knowing nothing of the solver: each customer exactly once,
 * capacity, service started by DUE DATE (waiting for READY TIME allowed), back at the depot by its
 * DUE DATE; distance is Euclidean and unrounded.
 */
record SolomonCheck(boolean feasible, int vehicles, double distance, List<String> problems) {

    static SolomonCheck of(SolomonInstance instance, List<List<Integer>> routes) {
        Map<Integer, Integer> row = new HashMap<>();
        for (int i = 1; i < instance.number().length; i++) {
            row.put(instance.number()[i], i);
        }
        List<String> problems = new ArrayList<>();
        boolean[] seen = new boolean[instance.number().length];
        double total = 0;
        int used = 0;
        for (int r = 0; r < routes.size(); r++) {
            List<Integer> route = routes.get(r);
            if (route.isEmpty()) {
                continue;
            }
            used++;
            double time = instance.ready()[0];
            long load = 0;
            int at = 0;
            for (int customer : route) {
                Integer i = row.get(customer);
                if (i == null) {
                    problems.add("route " + (r + 1) + ": no customer " + customer);
                    continue;
                }
                if (seen[i]) {
                    problems.add("customer " + customer + " visited twice");
                }
                seen[i] = true;
                total += instance.distance(at, i);
                time = Math.max(instance.ready()[i], time + instance.distance(at, i));
                if (time > instance.due()[i]) {
                    problems.add("route " + (r + 1) + ": customer " + customer + " served at " + time + " after "
                            + instance.due()[i]);
                }
                time += instance.service()[i];
                load += instance.demand()[i];
                at = i;
            }
            total += instance.distance(at, 0);
            time += instance.distance(at, 0);
            if (time > instance.due()[0]) {
                problems.add("route " + (r + 1) + ": back at the depot at " + time + " after " + instance.due()[0]);
            }
            if (load > instance.capacity()) {
                problems.add("route " + (r + 1) + ": load " + load + " above capacity " + instance.capacity());
            }
        }
        for (int i = 1; i < seen.length; i++) {
            if (!seen[i]) {
                problems.add("customer " + instance.number()[i] + " not visited");
            }
        }
        if (used > instance.vehicles()) {
            problems.add(used + " routes but only " + instance.vehicles() + " vehicles");
        }
        return new SolomonCheck(problems.isEmpty(), used, total, problems);
    }

    /** Writes {@code Route 1: 5 3 7 8} lines: customer numbers as in the file, depot omitted. */
    static void write(Path file, List<List<Integer>> routes) throws IOException {
        StringBuilder text = new StringBuilder();
        int k = 1;
        for (List<Integer> route : routes) {
            if (route.isEmpty()) {
                continue;
            }
            text.append("Route ").append(k++).append(':');
            route.forEach(c -> text.append(' ').append(c));
            text.append('\n');
        }
        Files.writeString(file, text);
    }

    static List<List<Integer>> read(Path file) throws IOException {
        List<List<Integer>> routes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("Route")) {
                continue;
            }
            String body = trimmed.substring(trimmed.indexOf(':') + 1).trim();
            List<Integer> route = new ArrayList<>();
            if (!body.isEmpty()) {
                for (String token : body.split("\\s+")) {
                    route.add(Integer.parseInt(token));
                }
            }
            routes.add(route);
        }
        return routes;
    }
}
