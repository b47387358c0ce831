package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.coldstorage.coldstore.persistence.Balance;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberBalances;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberDocument;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ColdStoreDocument;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ColdStoreStore;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The county's cold-store database (恒温库): stores, chambers, and their live state for the planner. */
@Service
public class ColdStoreService {

    private static final BigDecimal GRAMS_PER_TONNE = BigDecimal.valueOf(1_000_000);

    private final ColdStoreStore storeDocs;
    private final ChamberBalances balances;
    private final MemberService members;
    private final Validator validator;
    private final CurrentUser currentUser;

    ColdStoreService(ColdStoreStore storeDocs, ChamberBalances balances, MemberService members, Validator validator,
            CurrentUser currentUser) {
        this.storeDocs = storeDocs;
        this.balances = balances;
        this.members = members;
        this.validator = validator;
        this.currentUser = currentUser;
    }

    /**
     * Registers a store. The chambers' balance documents are written before the store, so a crash in between
     * leaves only unreferenced balances (never listed), and a store is never seen without its balances.
     */
    public ColdStore create(ColdStoreRequest request) {
        Member owner = ColdStoreChecks.check(request, validator, members);
        String storeId = new ObjectId().toHexString();
        List<ChamberDocument> chambers = request.chambers().stream().map(c -> new ChamberDocument(
                new ObjectId().toHexString(), c.code().strip(), c.capacityTonnes(), c.tempC(), c.humidityPct(),
                yuan(c.storageCostPerTonneDay()), yuan(c.fixedCostPerMonth()))).toList();
        for (int i = 0; i < chambers.size(); i++) {
            balances.create(chambers.get(i).id(), storeId, grams(chambers.get(i).capacityTonnes()),
                    !Boolean.FALSE.equals(request.chambers().get(i).open()));
        }
        ColdStoreDocument store = new ColdStoreDocument(storeId, request.code().strip(), request.name().strip(),
                owner.id(), request.lat() != null ? request.lat() : owner.lat(),
                request.lon() != null ? request.lon() : owner.lon(), chambers, Instant.now(), currentUser.username());
        try {
            storeDocs.insert(store);
        } catch (DuplicateKeyException e) {
            balances.deleteOfStore(storeId);
            throw e;
        }
        return toStore(store, balancesById());
    }

    public PageResponse<ColdStore> search(String ownerId, Pageable page) {
        Map<String, Balance> byId = balancesById();
        return storeDocs.page(ownerId == null ? null : members.idOf(ownerId), page, s -> toStore(s, byId));
    }

    public List<ColdStore> all() {
        Map<String, Balance> byId = balancesById();
        return stores().stream().map(s -> toStore(s, byId)).toList();
    }

    /** A store by id or code. */
    public ColdStore get(String idOrCode) {
        return toStore(document(idOrCode), balancesById());
    }

    /** Every chamber with its store's location and its current balance; the planner's view of the county. */
    public List<ChamberState> chambers() {
        Map<String, Balance> byId = balancesById();
        List<ChamberState> states = new ArrayList<>();
        for (ColdStoreDocument store : stores()) {
            for (ChamberDocument chamber : store.chambers()) {
                Balance balance = byId.get(chamber.id());
                if (balance != null) {
                    states.add(state(store, chamber, balance));
                }
            }
        }
        return states;
    }

    public List<ChamberState> openChambers() {
        return chambers().stream().filter(ChamberState::open).toList();
    }

    public Optional<ChamberState> chamber(String chamberId) {
        ColdStoreDocument store = storeDocs.withChamber(chamberId).orElse(null);
        if (store == null) {
            return Optional.empty();
        }
        ChamberDocument chamber = store.chambers().stream().filter(c -> c.id().equals(chamberId)).findFirst().orElseThrow();
        return balances.find(chamberId).map(b -> state(store, chamber, b));
    }

    public Chamber openChamber(String storeIdOrCode, String chamberIdOrCode) {
        ColdStoreDocument store = document(storeIdOrCode);
        ChamberDocument chamber = chamberOf(store, chamberIdOrCode);
        balances.open(chamber.id());
        return toChamber(chamber, balances.find(chamber.id()).orElseThrow());
    }

    /** Closes an empty chamber; 409 while it holds stock or reservations. */
    public Chamber closeChamber(String storeIdOrCode, String chamberIdOrCode) {
        ColdStoreDocument store = document(storeIdOrCode);
        ChamberDocument chamber = chamberOf(store, chamberIdOrCode);
        if (!balances.closeIfEmpty(chamber.id())) {
            Balance b = balances.find(chamber.id()).orElseThrow();
            throw new StockConflictException("chamber " + chamber.code() + " still holds "
                    + cn.xixian.alliance.core.units.Weights.kg(b.stockGrams()) + " kg of stock and "
                    + cn.xixian.alliance.core.units.Weights.kg(b.reservedGrams()) + " kg reserved");
        }
        return toChamber(chamber, balances.find(chamber.id()).orElseThrow());
    }

    /** Money is kept with fen precision, so it always shows two decimals. */
    private static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    static long grams(BigDecimal tonnes) {
        return tonnes.multiply(GRAMS_PER_TONNE).longValueExact();
    }

    private ColdStoreDocument document(String idOrCode) {
        return storeDocs.byIdOrCode(idOrCode).orElseThrow(() -> new NotFoundException("cold store", idOrCode));
    }

    private static ChamberDocument chamberOf(ColdStoreDocument store, String idOrCode) {
        return store.chambers().stream().filter(c -> c.id().equals(idOrCode) || c.code().equals(idOrCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("chamber", idOrCode));
    }

    private List<ColdStoreDocument> stores() {
        return storeDocs.all();
    }

    private Map<String, Balance> balancesById() {
        return balances.all().stream().collect(Collectors.toMap(Balance::chamberId, Function.identity()));
    }

    private static ColdStore toStore(ColdStoreDocument s, Map<String, Balance> byId) {
        List<Chamber> chambers = s.chambers().stream().filter(c -> byId.containsKey(c.id()))
                .map(c -> toChamber(c, byId.get(c.id()))).toList();
        return new ColdStore(s.id(), s.code(), s.name(), s.ownerId(), s.lat(), s.lon(),
                chambers.stream().anyMatch(Chamber::open), chambers);
    }

    private static Chamber toChamber(ChamberDocument c, Balance b) {
        return new Chamber(c.id(), c.code(), c.capacityTonnes(), c.tempC(), c.humidityPct(), c.storageCostPerTonneDay(),
                c.fixedCostPerMonth(), b.open());
    }

    private static ChamberState state(ColdStoreDocument s, ChamberDocument c, Balance b) {
        return new ChamberState(c.id(), c.code(), s.id(), s.code(), s.ownerId(), s.lat(), s.lon(), b.open(), c.tempC(),
                c.humidityPct(), c.storageCostPerTonneDay(), c.fixedCostPerMonth(), b.capacityGrams(), b.stockGrams(),
                b.reservedGrams(), b.freeGrams());
    }
}
