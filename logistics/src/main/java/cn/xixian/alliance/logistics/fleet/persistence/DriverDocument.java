package cn.xixian.alliance.logistics.fleet.persistence;

import cn.xixian.alliance.logistics.fleet.Driver;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored driver; shift times as "HH:mm" text, which needs no time zone to mean the same everywhere. */
@Document(DriverDocument.COLLECTION)
public class DriverDocument {

    public static final String COLLECTION = "drivers";

    @Id
    private String id;
    private String code;
    private String name;
    private String phone;
    private String licenceClass;
    private String shiftStart;
    private String shiftEnd;
    private double maxShiftHours;
    private List<String> vanIds;
    private boolean partyMember;
    private Instant updatedAt;
    @Version
    private Long version;

    protected DriverDocument() {
    }

    public static DriverDocument of(Driver driver) {
        DriverDocument d = new DriverDocument();
        d.id = driver.id();
        d.code = driver.code();
        d.name = driver.name();
        d.phone = driver.phone();
        d.licenceClass = driver.licenceClass();
        d.shiftStart = driver.shiftStart().toString();
        d.shiftEnd = driver.shiftEnd().toString();
        d.maxShiftHours = driver.maxShiftHours();
        d.vanIds = List.copyOf(driver.vanIds());
        d.partyMember = driver.partyMember();
        d.updatedAt = Instant.now();
        return d;
    }

    public Driver toDriver() {
        return new Driver(id, code, name, phone, licenceClass, LocalTime.parse(shiftStart), LocalTime.parse(shiftEnd),
                maxShiftHours, vanIds == null ? List.of() : List.copyOf(vanIds), partyMember);
    }
}
