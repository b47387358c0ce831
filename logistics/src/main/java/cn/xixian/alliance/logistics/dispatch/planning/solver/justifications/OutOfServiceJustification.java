package cn.xixian.alliance.logistics.dispatch.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A stop left on a van that broke down. */
public record OutOfServiceJustification(String visitId, String vanId) implements ConstraintJustification {
}
