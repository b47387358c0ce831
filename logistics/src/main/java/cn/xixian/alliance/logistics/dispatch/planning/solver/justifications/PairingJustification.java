package cn.xixian.alliance.logistics.dispatch.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A pickup whose delivery is on another van or before it, or a delivery off the van that holds its load. */
public record PairingJustification(String visitId, String vanId) implements ConstraintJustification {
}
