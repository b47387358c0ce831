package cn.xixian.alliance.core.purchasing;

import cn.xixian.alliance.core.purchasing.persistence.PurchasingStore;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The purchasing group's input suppliers. */
@Service
public class SupplierService {

    public static final String COLLECTION = "input_suppliers";

    private final PurchasingStore store;

    SupplierService(PurchasingStore store) {
        this.store = store;
    }

    public Supplier create(Supplier supplier) {
        return store.insertSupplier(supplier.withId(new ObjectId().toHexString()));
    }

    public Supplier get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("supplier", id));
    }

    /** By id or, for people typing references by hand, by code. */
    public Optional<Supplier> find(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        return store.findSupplier(idOrCode);
    }

    public PageResponse<Supplier> list(Pageable page) {
        return store.suppliers(page);
    }
}
