package cn.xixian.alliance.coldstorage.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A bin in use pays its fixed cost once. */
public record BinOpen(String bin, int items, long fixedCost) implements ConstraintJustification {
}
