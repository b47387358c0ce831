package cn.xixian.alliance.core.processing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One thing in a lot's genealogy. {@code type} is open-ended (a string, not an enum) so later links of the
 * chain (store orders, parcels) add their own types; {@code direction} says where it sits relative to the
 * lot asked about: SELF, UPSTREAM (it came from) or DOWNSTREAM (it went into).
 */
public record TraceNode(String type, String id, String label, String direction, Map<String, Object> attributes) {

    public static final String HARVEST_LOT = "HARVEST_LOT";
    public static final String GRADING_RUN = "GRADING_RUN";
    public static final String GRADED_LOT = "GRADED_LOT";
    public static final String HOUSEHOLD = "HOUSEHOLD";
    public static final String ORCHARD = "ORCHARD";

    public static TraceNode of(String type, String id, String label, Map<String, Object> attributes) {
        return new TraceNode(type, id, label, null, attributes);
    }

    /** Nodes are the same thing when type and id match; edges name nodes by this key. */
    @JsonProperty("key")
    public String key() {
        return type + ":" + id;
    }

    TraceNode withDirection(String newDirection) {
        return new TraceNode(type, id, label, newDirection, attributes);
    }
}
