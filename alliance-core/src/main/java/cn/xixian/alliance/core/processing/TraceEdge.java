package cn.xixian.alliance.core.processing;

import java.math.BigDecimal;

/**
 * A link in the direction the fruit moved ({@code from} → {@code to}, both node keys "TYPE:id"), e.g.
 * ORCHARD → HARVEST_LOT ({@code PICKED}), HARVEST_LOT → GRADING_RUN ({@code INPUT}, kg taken),
 * GRADING_RUN → GRADED_LOT ({@code OUTPUT}). {@code weightKg} is null where no weight moves.
 */
public record TraceEdge(String from, String to, String kind, BigDecimal weightKg) {
}
