package cn.xixian.alliance.coldstorage.coldstore.keeper;

import cn.xixian.alliance.coldstorage.coldstore.ColdStore;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.core.field.FieldScope;
import cn.xixian.alliance.core.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/** A keeper reaches only the cold stores bound to them (403 otherwise); coordinators reach every store. */
@Component
public class KeeperAccess {

    private final FieldScope field;
    private final ColdStoreService stores;

    KeeperAccess(FieldScope field, ColdStoreService stores) {
        this.field = field;
        this.stores = stores;
    }

    /** 404 for an unknown chamber, 403 for a keeper's chamber in a store not theirs. */
    public void checkChamber(String chamberId) {
        if (field.confinedToColdStores().isEmpty()) {
            return;
        }
        String storeId = stores.chamber(chamberId).orElseThrow(() -> new NotFoundException("chamber", chamberId))
                .storeId();
        field.checkColdStore(storeId);
    }

    public void checkStore(String storeIdOrCode) {
        if (field.confinedToColdStores().isPresent()) {
            field.checkColdStore(stores.get(storeIdOrCode).id());
        }
    }

    /** The signed-in keeper's stores (a coordinator: none, they use the storage pages). */
    public List<ColdStore> myStores() {
        return field.confinedToColdStores().map(ids -> ids.stream().map(stores::get).toList()).orElse(List.of());
    }
}
