package cn.xixian.alliance.coldstorage.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** What putting one item in one bin costs under one constraint (transport or storage). */
public record PairCost(String item, String bin, long cost) implements ConstraintJustification {
}
