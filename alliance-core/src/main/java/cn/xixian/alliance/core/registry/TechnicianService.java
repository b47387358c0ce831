package cn.xixian.alliance.core.registry;

import cn.xixian.alliance.core.registry.persistence.TechnicianStore;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Technicians of the red-steward network (stored by {@link TechnicianStore}, collection {@code technicians}).
 */
@Service
public class TechnicianService {

    private final TechnicianStore store;
    private final MemberService members;

    TechnicianService(TechnicianStore store, MemberService members) {
        this.store = store;
        this.members = members;
    }

    public PageResponse<Technician> list(String villageId, Pageable page) {
        return store.list(villageId, page);
    }

    public Technician get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("technician", id));
    }

    public java.util.Optional<Technician> findByCode(String code) {
        return store.findByCode(code);
    }

    public boolean exists(String id) {
        return store.exists(id);
    }

    public Technician create(Technician technician) {
        checkVillages(technician);
        return store.insert(technician);
    }

    public Technician update(String id, Technician technician) {
        get(id);
        checkVillages(technician);
        return store.save(id, technician);
    }
    private void checkVillages(Technician technician) {
        for (int i = 0; i < technician.villageIds().size(); i++) {
            String ref = technician.villageIds().get(i);
            if (members.find(ref).filter(m -> m.kind() == MemberKind.VILLAGE).isEmpty()) {
                throw new InvalidInputException("villageIds[" + i + "]", "names no known village");
            }
        }
    }
}
