package cn.xixian.alliance.core.registry.persistence;

import cn.xixian.alliance.core.registry.Contact;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.PartyBranch;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("members")
public class MemberDocument {

    @Id
    private String id;
    private String code;
    private String name;
    private MemberKind kind;
    private double lat;
    private double lon;
    private String villageId;
    private Contact contact;
    private PartyBranch partyBranch;
    private Instant updatedAt;
    @Version
    private Long version;

    protected MemberDocument() {
    }

    public MemberDocument(String id) {
        this.id = id;
    }

    public MemberDocument apply(MemberRequest request, String villageId) {
        this.code = request.code();
        this.name = request.name();
        this.kind = request.kind();
        this.lat = request.lat();
        this.lon = request.lon();
        this.villageId = villageId;
        this.contact = request.contact();
        this.partyBranch = request.partyBranch();
        this.updatedAt = Instant.now();
        return this;
    }

    public Member toMember() {
        return new Member(id, code, name, kind, lat, lon, villageId, contact, partyBranch);
    }

    public String getId() {
        return id;
    }
}
