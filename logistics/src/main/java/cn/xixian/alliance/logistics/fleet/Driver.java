package cn.xixian.alliance.logistics.fleet;

import cn.xixian.alliance.core.transport.TimeWindow;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A red-express driver (司机). Works from {@code shiftStart} to {@code shiftEnd} (county time, same day), at
 * most {@code maxShiftHours} of it, and may drive only the vans listed in {@code vanIds}.
 */
public record Driver(
        String id,
        String code,
        String name,
        String phone,
        String licenceClass,
        LocalTime shiftStart,
        LocalTime shiftEnd,
        double maxShiftHours,
        List<String> vanIds,
        boolean partyMember) {

    public boolean mayDrive(String vanId) {
        return vanIds.contains(vanId);
    }

    /** The longest working day: the shift's length, or less where max shift hours say so. */
    public Duration maxShift() {
        Duration span = Duration.between(shiftStart, shiftEnd);
        Duration max = Duration.ofMinutes(Math.round(maxShiftHours * 60));
        return max.compareTo(span) < 0 ? max : span;
    }

    /** The shift on a given day as instants, in the county's time zone ({@link FleetService#zone()}). */
    public TimeWindow shiftOn(LocalDate day, ZoneId zone) {
        return new TimeWindow(day.atTime(shiftStart).atZone(zone).toInstant(),
                day.atTime(shiftEnd).atZone(zone).toInstant());
    }
}
