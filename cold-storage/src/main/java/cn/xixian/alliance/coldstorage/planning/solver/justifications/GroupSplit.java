package cn.xixian.alliance.coldstorage.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** One group's items (a cooperative's fruit) spread over more than one bin. */
public record GroupSplit(String group, int bins, long cost) implements ConstraintJustification {
}
