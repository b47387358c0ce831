package cn.xixian.alliance.logistics.fleet.persistence;

import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.logistics.fleet.Van;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored van; capacity as whole grams like every stored weight. */
@Document(VanDocument.COLLECTION)
public class VanDocument {

    public static final String COLLECTION = "vans";

    @Id
    private String id;
    private String code;
    private String plate;
    private long capacityGrams;
    private boolean refrigerated;
    private Place depot;
    private boolean active;
    private Instant brokenDownAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected VanDocument() {
    }

    public static VanDocument of(Van van) {
        VanDocument d = new VanDocument();
        d.id = van.id();
        d.code = van.code();
        d.plate = van.plate();
        d.capacityGrams = Weights.grams(van.capacityKg());
        d.refrigerated = van.refrigerated();
        d.depot = van.depot();
        d.active = van.active();
        d.brokenDownAt = van.brokenDownAt();
        d.updatedAt = Instant.now();
        return d;
    }

    public Van toVan() {
        return new Van(id, code, plate, Weights.kg(capacityGrams), refrigerated, depot, active, brokenDownAt);
    }
}
