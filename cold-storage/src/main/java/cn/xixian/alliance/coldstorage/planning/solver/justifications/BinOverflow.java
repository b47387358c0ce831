package cn.xixian.alliance.coldstorage.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A bin holds more than its capacity (same unit as the items' use: kg for chambers). */
public record BinOverflow(String bin, long used, long capacity) implements ConstraintJustification {
}
