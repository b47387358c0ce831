package cn.xixian.alliance.logistics.dispatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon VRPTW instance (the standard text format: VEHICLE NUMBER / CAPACITY, then one row per
 * customer: CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME; row 0 is the depot).
 */
record SolomonInstance(String name, int vehicles, long capacity, int[] number, double[] x, double[] y, long[] demand,
        double[] ready, double[] due, double[] service) {

    /** Customers, not counting the depot. */
    int customers() {
        return number.length - 1;
    }

    /** Euclidean, not rounded; travel time equals distance. */
    double distance(int a, int b) {
        return Math.hypot(x[a] - x[b], y[a] - y[b]);
    }

    static SolomonInstance read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Integer vehicles = null;
        Long capacity = null;
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] tokens = trimmed.split("\\s+");
            double[] values = numbers(tokens);
            if (values == null) {
                continue;
            }
            if (values.length == 2 && vehicles == null) {
                vehicles = (int) values[0];
                capacity = (long) values[1];
            } else if (values.length >= 7) {
                rows.add(values);
            } else {
                throw new IOException(file + ": unexpected line '" + trimmed + "'");
            }
        }
        if (vehicles == null || rows.size() < 2) {
            throw new IOException(file + ": not a Solomon instance (no VEHICLE NUMBER/CAPACITY or no customers)");
        }
        int n = rows.size();
        int[] number = new int[n];
        double[] x = new double[n];
        double[] y = new double[n];
        long[] demand = new long[n];
        double[] ready = new double[n];
        double[] due = new double[n];
        double[] service = new double[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            number[i] = (int) r[0];
            x[i] = r[1];
            y[i] = r[2];
            demand[i] = Math.round(r[3]);
            ready[i] = r[4];
            due[i] = r[5];
            service[i] = r[6];
        }
        return new SolomonInstance(name, vehicles, capacity, number, x, y, demand, ready, due, service);
    }

    private static double[] numbers(String[] tokens) {
        double[] values = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            try {
                values[i] = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return values;
    }
}
