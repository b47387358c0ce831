package cn.xixian.alliance.coldstorage.planning.solver.justifications;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** An item sits in a bin that may not hold it (chamber temperature does not suit the grade). */
public record UnsuitedBin(String item, String bin, long quantity) implements ConstraintJustification {
}
