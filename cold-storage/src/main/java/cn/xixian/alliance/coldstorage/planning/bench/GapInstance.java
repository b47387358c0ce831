package cn.xixian.alliance.coldstorage.planning.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One OR-Library GAP instance: {@code m n}, the m×n cost matrix, the m×n resource matrix and the m
 * capacities (agent-major, as in the files). Files that hold several instances start with their
 * count ({@code gap1.txt} ... {@code gap12.txt}); {@link #read} returns all of them, named
 * {@code <file>-0}, {@code <file>-1}, ...; a single-instance file gives one named after the file.
 */
public record GapInstance(String name, int agents, int jobs, int[][] cost, int[][] resource, long[] capacity) {

    public static List<GapInstance> read(Path file) throws IOException {
        String text = Files.readString(file);
        String[] parts = text.trim().split("\\s+");
        long[] t = new long[parts.length];
        for (int k = 0; k < parts.length; k++) {
            t[k] = Long.parseLong(parts[k]);
        }
        String name = file.getFileName().toString();
        if (t.length >= 2 && t.length == 2 + 2 * t[0] * t[1] + t[0]) {
            return List.of(parse(name, t, 0));
        }
        int count = (int) t[0];
        List<GapInstance> instances = new ArrayList<>();
        int at = 1;
        String base = name.replaceFirst("\\.txt$", "");
        for (int k = 0; k < count; k++) {
            GapInstance instance = parse(base + "-" + k, t, at);
            instances.add(instance);
            at += 2 + 2 * instance.agents * instance.jobs + instance.agents;
        }
        if (at != t.length) {
            throw new IOException(name + ": " + (t.length - at) + " numbers left after " + count + " instance(s)");
        }
        return instances;
    }

    private static GapInstance parse(String name, long[] t, int at) throws IOException {
        int m = (int) t[at];
        int n = (int) t[at + 1];
        if (m <= 0 || n <= 0 || t.length < at + 2 + 2L * m * n + m) {
            throw new IOException(name + ": not a GAP instance (m=" + m + ", n=" + n + ", " + t.length + " numbers)");
        }
        int[][] cost = new int[m][n];
        int[][] resource = new int[m][n];
        long[] capacity = new long[m];
        int k = at + 2;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = Math.toIntExact(t[k++]);
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                resource[i][j] = Math.toIntExact(t[k++]);
            }
        }
        for (int i = 0; i < m; i++) {
            capacity[i] = t[k++];
        }
        return new GapInstance(name, m, n, cost, resource, capacity);
    }

    /** Cost of a job-ordered assignment, or -1 if it exceeds a capacity. */
    public long evaluate(int[] agentOfJob) {
        long[] load = new long[agents];
        long total = 0;
        for (int j = 0; j < jobs; j++) {
            total += cost[agentOfJob[j]][j];
            load[agentOfJob[j]] += resource[agentOfJob[j]][j];
        }
        for (int i = 0; i < agents; i++) {
            if (load[i] > capacity[i]) {
                return -1;
            }
        }
        return total;
    }
}
