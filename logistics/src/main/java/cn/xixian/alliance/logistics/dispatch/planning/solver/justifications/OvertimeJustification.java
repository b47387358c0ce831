package cn.xixian.alliance.logistics.dispatch.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** The van is back {@code overtime} after the driver's shift (or the depot) closes. */
public record OvertimeJustification(String vanId, double overtime) implements ConstraintJustification {
}
