package cn.xixian.alliance.logistics.dispatch.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** The van's heaviest moment is {@code overload} above its capacity. */
public record VanCapacityJustification(String vanId, long overload) implements ConstraintJustification {
}
