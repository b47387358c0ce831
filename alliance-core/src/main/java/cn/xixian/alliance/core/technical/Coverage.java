package cn.xixian.alliance.core.technical;

import java.time.LocalDate;
import java.util.List;

/**
 * A season's coverage of the demonstration households by field visits: how many were visited at least once, per
 * technician (the household's own technician) and per village, which are not yet, and every visit as a point on
 * longitude/latitude axes (the orchard's position, else the village's).
 */
public record Coverage(
        int season,
        long demoHouseholds,
        long visited,
        List<Row> byTechnician,
        List<Row> byVillage,
        List<NotVisited> notVisited,
        List<Point> visits) {

    public record Row(String id, String code, String name, long demoHouseholds, long visited) {
    }

    public record NotVisited(String householdId, String code, String name, String villageName, String technicianId,
            String technicianName) {
    }

    public record Point(String visitId, double lat, double lon, String household, String technician, LocalDate date,
            boolean demoHousehold) {
    }
}
