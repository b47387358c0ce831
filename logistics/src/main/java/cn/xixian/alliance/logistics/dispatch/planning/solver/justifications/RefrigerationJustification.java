package cn.xixian.alliance.logistics.dispatch.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A refrigerated load on a van without a cooling unit. */
public record RefrigerationJustification(String visitId, String vanId) implements ConstraintJustification {
}
