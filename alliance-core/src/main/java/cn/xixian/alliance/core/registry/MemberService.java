package cn.xixian.alliance.core.registry;

import cn.xixian.alliance.core.registry.persistence.MemberDocument;
import cn.xixian.alliance.core.registry.persistence.MemberRepository;
import cn.xixian.alliance.core.registry.persistence.MemberStore;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The alliance's member organisations: villages, cooperatives, firms, stations, stores, departments. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final MemberStore store;

    MemberService(MemberRepository members, MemberStore store) {
        this.members = members;
        this.store = store;
    }

    public PageResponse<Member> search(MemberKind kind, String q, Pageable page) {
        return store.search(kind, q, page);
    }

    public Member get(String id) {
        return members.findById(id).map(MemberDocument::toMember).orElseThrow(() -> new NotFoundException("member", id));
    }

    /** A member named by its id or, for people typing references by hand, its code. */
    public Optional<Member> find(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        return members.findById(idOrCode).or(() -> members.findByCode(idOrCode)).map(MemberDocument::toMember);
    }

    /** The member id a reference names (id or code), or the reference itself when it names nothing. */
    public String idOf(String idOrCode) {
        return find(idOrCode).map(Member::id).orElse(idOrCode);
    }

    /** Resolves a reference that must name a member of the given kind; otherwise a 400 on {@code field}. */
    public Member require(String field, String idOrCode, MemberKind kind) {
        Member member = find(idOrCode)
                .orElseThrow(() -> new InvalidInputException(field, "names no known " + kind.name().toLowerCase()));
        if (member.kind() != kind) {
            throw new InvalidInputException(field, "names a " + member.kind() + ", not a " + kind);
        }
        return member;
    }

    public Member create(MemberRequest request) {
        String villageId = villageOf(request);
        return members.insert(new MemberDocument(new ObjectId().toHexString()).apply(request, villageId)).toMember();
    }

    public Member update(String id, MemberRequest request) {
        MemberDocument existing = members.findById(id).orElseThrow(() -> new NotFoundException("member", id));
        return members.save(existing.apply(request, villageOf(request))).toMember();
    }

    private String villageOf(MemberRequest request) {
        return request.villageId() == null || request.villageId().isBlank() ? null
                : require("villageId", request.villageId(), MemberKind.VILLAGE).id();
    }
}
