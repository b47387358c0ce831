package cn.xixian.alliance.logistics.dispatch.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** The distance the van drives. */
public record DistanceJustification(String vanId, double distance) implements ConstraintJustification {
}
