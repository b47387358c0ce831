package cn.xixian.alliance.coldstorage.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A warehouse receives something, which costs a visit. */
public record SiteTouched(String site, int items, long cost) implements ConstraintJustification {
}
