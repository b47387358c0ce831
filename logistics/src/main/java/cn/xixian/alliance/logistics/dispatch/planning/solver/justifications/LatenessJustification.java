package cn.xixian.alliance.logistics.dispatch.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Service at the stop starts {@code lateness} after its window closes. */
public record LatenessJustification(String visitId, String vanId, double lateness) implements ConstraintJustification {
}
