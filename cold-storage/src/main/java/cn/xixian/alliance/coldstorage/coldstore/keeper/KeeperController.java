package cn.xixian.alliance.coldstorage.coldstore.keeper;

import cn.xixian.alliance.coldstorage.coldstore.ColdStorageProperties;
import cn.xixian.alliance.coldstorage.coldstore.ColdStore;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.persistence.TemperatureReadings;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.coldstorage.coldstore.LedgerEntry;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.idempotency.IdempotencyKeys;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The keeper's phone: their stores with each chamber's lots and age, and stock counts (盘点). A count writes the
 * difference to the booked stock as one COUNT ledger entry ({@code kg} = counted − booked), none when they agree.
 */
@RestController
class KeeperController {

    private final KeeperAccess access;
    private final StockService stock;
    private final IdempotencyKeys keys;
    private final Clock clock;
    private final cn.xixian.alliance.core.harvest.HarvestLotService lots;
    private final TemperatureReadings readings;
    private final ColdStoreService stores;
    private final ColdStorageProperties properties;
    private final CurrentUser currentUser;

    KeeperController(KeeperAccess access, StockService stock, IdempotencyKeys keys, Optional<Clock> clock,
            cn.xixian.alliance.core.harvest.HarvestLotService lots, TemperatureReadings readings,
            ColdStoreService stores, ColdStorageProperties properties, CurrentUser currentUser) {
        this.lots = lots;
        this.readings = readings;
        this.stores = stores;
        this.properties = properties;
        this.currentUser = currentUser;
        this.access = access;
        this.stock = stock;
        this.keys = keys;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    record CountBody(@NotBlank String chamberId, @NotBlank @Size(max = 200) String lotRef,
            @NotNull @DecimalMin(value = "0") @Digits(integer = 9, fraction = 3) BigDecimal countedKg,
            @Size(max = 500) String note, @Size(max = 200) String ref) {
    }

    /** The ledger entry a count wrote: {@code kg} is counted − booked (negative when fruit is missing). */
    record CountView(String ref, String type, String chamberId, String storeId, String lotRef, Grade grade,
            BigDecimal kg, String note, Instant at, String by) {

        static CountView of(LedgerEntry e) {
            return new CountView(e.ref(), e.type().name(), e.chamberId(), e.storeId(), e.lotRef(), e.grade(),
                    Weights.kg(e.grams()), e.note(), e.at(), e.by());
        }
    }

    record Lot(String lotRef, Grade grade, String cooperativeId, BigDecimal weightKg, LocalDate storedOn,
            long ageDays) {
    }

    record ChamberView(String id, String code, double tempC, double minC, double maxC, boolean open,
            BigDecimal capacityKg, List<Lot> lots, TemperatureReadings.Reading lastReading) {
    }

    record ReadingBody(@NotBlank String chamberId, @NotNull @DecimalMin("-40") @jakarta.validation.constraints.DecimalMax("40")
            BigDecimal tempC) {
    }

    /**
     * A chamber temperature reading; {@code alert} when it is outside the chamber's range (its set-point ± the
     * configured tolerance, {@code alliance.cold-storage.temperature-tolerance-c}).
     */
    @PostMapping("/api/v1/keeper/temperatures")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COLD_STORE_KEEPER')")
    ResponseEntity<TemperatureReadings.Reading> reading(@Valid @RequestBody ReadingBody b,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        access.checkChamber(b.chamberId());
        double setPoint = stores.chamber(b.chamberId()).orElseThrow().tempC();
        double min = setPoint - tolerance();
        double max = setPoint + tolerance();
        double t = b.tempC().doubleValue();
        String scoped = keys.scoped(key);
        String id = scoped == null ? new org.bson.types.ObjectId().toHexString()
                : IdempotencyKeys.idFor("chamber-temperature", scoped);
        TemperatureReadings.Reading stored = readings.insert(new TemperatureReadings.Reading(id, b.chamberId(), t, min,
                max, t < min || t > max, clock.instant(), currentUser.username()));
        return ResponseEntity.created(URI.create("/api/v1/keeper/stores")).body(stored);
    }

    private double tolerance() {
        return properties.temperatureToleranceC();
    }

    record StoreView(String id, String code, String name, List<ChamberView> chambers) {
    }

    @GetMapping("/api/v1/keeper/stores")
    @PreAuthorize("hasRole('COLD_STORE_KEEPER')")
    List<StoreView> myStores() {
        LocalDate today = LocalDate.now(clock);
        return access.myStores().stream().map(s -> store(s, today)).toList();
    }

    private StoreView store(ColdStore s, LocalDate today) {
        return new StoreView(s.id(), s.code(), s.name(), s.chambers().stream().map(c -> new ChamberView(c.id(),
                c.code(), c.tempC(), c.tempC() - tolerance(), c.tempC() + tolerance(), c.open(),
                c.capacityTonnes().multiply(BigDecimal.valueOf(1000)),
                stock.lots(c.id()).stream().map(l -> new Lot(l.lotRef(), l.grade(), l.cooperativeId(),
                        Weights.kg(l.grams()), l.storedOn(), ChronoUnit.DAYS.between(l.storedOn(), today)))
                        .toList(), readings.latest(c.id()).orElse(null))).toList());
    }

    record KeeperReceipt(@NotBlank String chamberId, @NotBlank @Size(max = 200) String lotId,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal weightKg) {
    }

    /**
     * Receives a harvest lot by the id printed on its label (typed, pasted, or from its QR code): grade and
     * cooperative come from the lot; the weight is the lot's unless the keeper weighed otherwise.
     */
    @PostMapping("/api/v1/keeper/receipts")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COLD_STORE_KEEPER')")
    ResponseEntity<CountView> receive(@Valid @RequestBody KeeperReceipt b,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        access.checkChamber(b.chamberId());
        String ref = keys.scoped(key);
        if (ref == null) {
            throw new InvalidInputException(IdempotencyKeys.HEADER, "is required");
        }
        String lotId = b.lotId().strip().replaceFirst("^.*[?&]id=", "");
        cn.xixian.alliance.core.harvest.HarvestLot lot;
        try {
            lot = lots.get(lotId);
        } catch (cn.xixian.alliance.core.web.NotFoundException e) {
            throw new InvalidInputException("lotId", "names no known harvest lot");
        }
        if (lot.grade() == null) {
            throw new InvalidInputException("lotId", "names a lot not graded yet");
        }
        BigDecimal kg = b.weightKg() != null ? b.weightKg() : lot.weightKg();
        LedgerEntry entry = stock.receive(new cn.xixian.alliance.coldstorage.coldstore.Receipt("receipt/" + ref,
                b.chamberId(), lot.id(), lot.grade(), lot.cooperativeId(), Weights.grams(kg), LocalDate.now(clock),
                null));
        return ResponseEntity.created(URI.create("/api/v1/stock/chambers/" + b.chamberId() + "/ledger"))
                .body(CountView.of(entry));
    }

    @PostMapping("/api/v1/stock/counts")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COLD_STORE_KEEPER')")
    ResponseEntity<?> count(@Valid @RequestBody CountBody b,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        access.checkChamber(b.chamberId());
        String scoped = keys.scoped(key);
        String ref = b.ref() != null && !b.ref().isBlank() ? b.ref() : scoped;
        if (ref == null) {
            throw new InvalidInputException("ref", "is required (it makes the move idempotent)");
        }
        Optional<LedgerEntry> written = stock.count(b.chamberId(), b.lotRef(), Weights.grams(b.countedKg()), b.note(),
                "count/" + ref);
        if (written.isEmpty()) {
            return ResponseEntity.ok(new CountView(null, null, b.chamberId(), null, b.lotRef(), null, BigDecimal.ZERO,
                    b.note(), null, null)); // counted = booked: nothing to write
        }
        return ResponseEntity.created(URI.create("/api/v1/stock/chambers/" + b.chamberId() + "/ledger"))
                .body(CountView.of(written.get()));
    }
}
