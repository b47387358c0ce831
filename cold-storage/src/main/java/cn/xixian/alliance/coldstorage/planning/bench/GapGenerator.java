package cn.xixian.alliance.coldstorage.planning.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Random GAP instances of Chu and Beasley's (1997) types C, D and E, so the benchmark can run on sizes
 * and types the shared set lacks. C: r ~ U[5,25], c ~ U[10,50]; D: r ~ U[1,100], c = 111 − r + U[−10,10];
 * E: r = 1 − 10 ln U(0,1], c = 1000 / r − 10 U[0,1]; all with b_i = 0.8 Σ_j r_ij / m (integers, truncated).
 */
public final class GapGenerator {

    private GapGenerator() {
    }

    public static GapInstance generate(char type, int agents, int jobs, long seed) {
        Random random = new Random(seed);
        int[][] cost = new int[agents][jobs];
        int[][] resource = new int[agents][jobs];
        long[] capacity = new long[agents];
        for (int i = 0; i < agents; i++) {
            for (int j = 0; j < jobs; j++) {
                switch (Character.toUpperCase(type)) {
                    case 'C' -> {
                        resource[i][j] = 5 + random.nextInt(21);
                        cost[i][j] = 10 + random.nextInt(41);
                    }
                    case 'D' -> {
                        resource[i][j] = 1 + random.nextInt(100);
                        cost[i][j] = 111 - resource[i][j] + random.nextInt(21) - 10;
                    }
                    case 'E' -> {
                        double u = 1.0 - random.nextDouble(); // (0,1]
                        resource[i][j] = (int) (1 - 10 * Math.log(u));
                        cost[i][j] = (int) (1000.0 / resource[i][j] - 10 * random.nextDouble());
                    }
                    default -> throw new IllegalArgumentException("type must be C, D or E, not " + type);
                }
            }
        }
        for (int i = 0; i < agents; i++) {
            long sum = 0;
            for (int j = 0; j < jobs; j++) {
                sum += resource[i][j];
            }
            capacity[i] = (long) (0.8 * sum / agents);
        }
        String name = Character.toLowerCase(type) + String.format("%02d%03d", agents, jobs) + "-s" + seed;
        return new GapInstance(name, agents, jobs, cost, resource, capacity);
    }

    /** Writes the instance in the one-instance OR-Library layout the reader accepts. */
    public static void write(GapInstance g, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            out.println(g.agents() + " " + g.jobs());
            for (int[][] matrix : new int[][][] {g.cost(), g.resource()}) {
                for (int[] row : matrix) {
                    StringBuilder line = new StringBuilder();
                    for (int v : row) {
                        line.append(v).append(' ');
                    }
                    out.println(line.toString().trim());
                }
            }
            StringBuilder caps = new StringBuilder();
            for (long c : g.capacity()) {
                caps.append(c).append(' ');
            }
            out.println(caps.toString().trim());
        }
    }
}
