package cn.xixian.alliance.core.registry.persistence;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.Orchard;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("households")
public class HouseholdDocument {

    @Id
    private String id;
    private String code;
    private String name;
    private String villageId;
    private String cooperativeId;
    private double orchardAreaMu;
    private boolean povertyRegistered;
    private boolean demoHousehold;
    private String technicianId;
    private String phone;
    private List<Orchard> orchards;
    @Version
    private Long version;

    protected HouseholdDocument() {
    }

    public HouseholdDocument(String id) {
        this.id = id;
    }

    public HouseholdDocument apply(Household h) {
        this.code = h.code();
        this.name = h.name();
        this.villageId = h.villageId();
        this.cooperativeId = h.cooperativeId();
        this.orchardAreaMu = h.orchardAreaMu();
        this.povertyRegistered = h.povertyRegistered();
        this.demoHousehold = h.demoHousehold();
        this.technicianId = h.technicianId();
        this.phone = h.phone();
        this.orchards = h.orchards();
        return this;
    }

    public Household toHousehold() {
        return new Household(id, code, name, villageId, cooperativeId, orchardAreaMu, povertyRegistered,
                demoHousehold, technicianId, phone, orchards == null ? List.of() : orchards);
    }

    public String getId() {
        return id;
    }

    public String getCooperativeId() {
        return cooperativeId;
    }
}
