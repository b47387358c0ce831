package cn.xixian.alliance.logistics.dispatch.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** The van goes out. */
public record VanUsedJustification(String vanId) implements ConstraintJustification {
}
