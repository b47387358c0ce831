package cn.xixian.alliance.logistics.dispatch.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A day's dispatch plan as stored: the vans with their ordered stops (times in seconds after the
 * plan day's local midnight), stops not yet on a van, requests that cannot be planned and why, and
 * the best score over time. Optimistic {@code version}: the solver's writes and drivers' marks retry.
 */
@Document(DispatchPlanDocument.COLLECTION)
public class DispatchPlanDocument {

    public static final String COLLECTION = "dispatch_plans";

    @Id
    public String id;
    public LocalDate date;
    public String zone;
    public String status;
    public String score;
    public boolean feasible;
    public List<String> explanation = new ArrayList<>();
    public List<ScorePoint> scoreHistory = new ArrayList<>();
    public List<VanPlan> vans = new ArrayList<>();
    public List<Stop> pending = new ArrayList<>();
    public List<Unplanned> unplanned = new ArrayList<>();
    public List<String> notes = new ArrayList<>();
    public Instant createdAt;
    public Instant publishedAt;
    @Version
    public Long version;

    public static class ScorePoint {
        public Instant at;
        public String score;
        public boolean feasible;

        public ScorePoint() {
        }

        public ScorePoint(Instant at, String score, boolean feasible) {
            this.at = at;
            this.score = score;
            this.feasible = feasible;
        }
    }

    public static class VanPlan {
        public String vanId;
        public String vanCode;
        public String driverId;
        public String driverName;
        public long capacityGrams;
        public boolean refrigerated;
        public String depotName;
        public double depotLat;
        public double depotLon;
        public long shiftStart;
        public long shiftEnd;
        public boolean outOfService;
        public double distanceMeters;
        public List<Stop> stops = new ArrayList<>();
    }

    public static class Stop {
        public String id;
        public String requestId;
        public String kind;
        public String placeName;
        public double lat;
        public double lon;
        public long windowStart;
        public long windowEnd;
        public long serviceSeconds;
        public long weightGrams;
        public boolean refrigerated;
        public boolean urgent;
        public Long eta;
        public long loadAfterGrams;
        public long latenessSeconds;
        public String status = "PLANNED";
        public Instant arrivedAt;
        public Instant doneAt;
        public String signer;
        /** A driver's exception (NOBODY_THERE, REFUSED, DAMAGED) and note, when the stop could not be served. */
        public String exceptionReason;
        public String exceptionNote;
        /** Idempotency keys of the marks applied to this stop: saved with the mark, in the same document write. */
        public List<String> actionKeys = new ArrayList<>();

        public boolean started() {
            return !"PLANNED".equals(status);
        }
    }

    public static class Unplanned {
        public String requestId;
        public String reason;

        public Unplanned() {
        }

        public Unplanned(String requestId, String reason) {
            this.requestId = requestId;
            this.reason = reason;
        }
    }
}
