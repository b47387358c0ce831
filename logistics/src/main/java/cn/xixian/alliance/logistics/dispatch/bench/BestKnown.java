package cn.xixian.alliance.logistics.dispatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads BEST_KNOWN.md beside an instance, if there is one ({@code | C101 | 10 | 828.94 | 10 | 828.94 |}:
 * vehicles-first vehicles and distance, distance-only vehicles and distance), for the progress output.
 */
final class BestKnown {

    private BestKnown() {
    }

    static String compare(Path instanceFile, String name, int vehicles, double distance) {
        Path table = instanceFile.toAbsolutePath().resolveSibling("BEST_KNOWN.md");
        if (!Files.isReadable(table)) {
            return "";
        }
        try {
            for (String line : Files.readAllLines(table)) {
                String[] cells = line.split("\\|");
                if (cells.length >= 6 && cells[1].trim().equalsIgnoreCase(name)) {
                    int bestVehicles = Integer.parseInt(cells[2].trim());
                    double bestDistance = Double.parseDouble(cells[3].trim());
                    double distanceOnly = Double.parseDouble(cells[5].trim());
                    double reference = vehicles > bestVehicles ? distanceOnly : bestDistance;
                    return String.format(Locale.ROOT, "; best known %d / %.2f, %+d vehicles, gap %+.2f%%", bestVehicles,
                            bestDistance, vehicles - bestVehicles, 100 * (distance - reference) / reference);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return "";
    }
}
