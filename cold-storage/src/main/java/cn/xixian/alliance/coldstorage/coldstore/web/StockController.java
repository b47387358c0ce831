package cn.xixian.alliance.coldstorage.coldstore.web;

import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.Receipt;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.coldstorage.coldstore.TransferResult;
import cn.xixian.alliance.coldstorage.coldstore.web.StockMoves.EntryView;
import cn.xixian.alliance.coldstorage.coldstore.web.StockMoves.LotView;
import cn.xixian.alliance.coldstorage.coldstore.web.StockMoves.PickBody;
import cn.xixian.alliance.coldstorage.coldstore.web.StockMoves.PickView;
import cn.xixian.alliance.coldstorage.coldstore.web.StockMoves.ReceiptBody;
import cn.xixian.alliance.coldstorage.coldstore.web.StockMoves.TakeBody;
import cn.xixian.alliance.coldstorage.coldstore.web.StockMoves.TransferBody;
import cn.xixian.alliance.coldstorage.coldstore.web.StockMoves.TransferView;
import cn.xixian.alliance.coldstorage.coldstore.keeper.KeeperAccess;
import cn.xixian.alliance.core.idempotency.IdempotencyKeys;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stock moves (coordinators) and each chamber's lots and ledger (everyone signed in). Every move carries
 * a {@code ref}; posting it again returns the first outcome and moves nothing. Refused moves are 409 with
 * the reason (not enough free capacity or stock, chamber closed).
 */
@RestController
@RequestMapping("/api/v1/stock")
@PreAuthorize("isAuthenticated()")
class StockController {

    private final StockService stock;
    private final MemberService members;
    private final ColdStoreService stores;
    private final KeeperAccess keepers;
    private final IdempotencyKeys keys;

    StockController(StockService stock, MemberService members, ColdStoreService stores, KeeperAccess keepers,
            IdempotencyKeys keys) {
        this.stock = stock;
        this.members = members;
        this.stores = stores;
        this.keepers = keepers;
        this.keys = keys;
    }

    /** The move's ref: the body's, else the phone's Idempotency-Key (scoped by user); one of them is required. */
    private String ref(String bodyRef, String key) {
        String scoped = keys.scoped(key);
        String ref = bodyRef != null && !bodyRef.isBlank() ? bodyRef : scoped;
        if (ref == null) {
            throw new InvalidInputException("ref", "is required (it makes the move idempotent)");
        }
        return ref;
    }

    @PostMapping("/receipts")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COLD_STORE_KEEPER')")
    ResponseEntity<EntryView> receive(@Valid @RequestBody ReceiptBody b,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        keepers.checkChamber(b.chamberId());
        String cooperativeId = members.find(b.cooperativeId())
                .orElseThrow(() -> new InvalidInputException("cooperativeId", "names no known cooperative")).id();
        EntryView entry = EntryView.of(stock.receive(new Receipt(ref(b.ref(), key), b.chamberId(), b.lotRef(), b.grade(),
                cooperativeId, Weights.grams(b.weightKg()), b.storedOn(), b.reservationRef())));
        return ResponseEntity.created(URI.create("/api/v1/stock/chambers/" + entry.chamberId() + "/ledger")).body(entry);
    }

    /** Out of a named lot (sold, to a processor). */
    @PostMapping("/outs")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COLD_STORE_KEEPER')")
    EntryView takeOut(@Valid @RequestBody TakeBody b,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        keepers.checkChamber(b.chamberId());
        return EntryView.of(stock.takeOut(b.chamberId(), b.lotRef(), Weights.grams(b.weightKg()), ref(b.ref(), key)));
    }

    /** Out first-in-first-out: the oldest lots of a grade in a chamber or across a store (id or code). */
    @PostMapping("/picks")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COLD_STORE_KEEPER')")
    PickView pick(@Valid @RequestBody PickBody b,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        String storeId = b.storeId() == null || b.storeId().isBlank() ? null : stores.get(b.storeId()).id();
        if (b.chamberId() != null) {
            keepers.checkChamber(b.chamberId());
        }
        if (storeId != null) {
            keepers.checkStore(storeId);
        }
        return PickView.of(stock.pick(b.chamberId(), storeId, b.grade(), Weights.grams(b.weightKg()),
                ref(b.ref(), key)));
    }

    @PostMapping("/transfers")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COLD_STORE_KEEPER')")
    TransferView transfer(@Valid @RequestBody TransferBody b,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        keepers.checkChamber(b.fromChamberId());
        keepers.checkChamber(b.toChamberId());
        TransferResult r = stock.transfer(b.fromChamberId(), b.toChamberId(), Weights.grams(b.weightKg()), b.lotRef(),
                ref(b.ref(), key));
        return new TransferView(EntryView.of(r.out()), EntryView.of(r.in()));
    }

    @PostMapping("/losses")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COLD_STORE_KEEPER')")
    EntryView loss(@Valid @RequestBody TakeBody b,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        keepers.checkChamber(b.chamberId());
        if (b.reason() == null || b.reason().isBlank()) {
            throw new InvalidInputException("reason", "is required for a loss");
        }
        return EntryView.of(stock.loss(b.chamberId(), b.lotRef(), Weights.grams(b.weightKg()), ref(b.ref(), key),
                b.reason()));
    }

    @GetMapping("/chambers/{chamberId}/lots")
    List<LotView> lots(@PathVariable String chamberId) {
        keepers.checkChamber(chamberId);
        return stock.lots(chamberId).stream().map(LotView::of).toList();
    }

    /** The chamber's ledger, newest first. */
    @GetMapping("/chambers/{chamberId}/ledger")
    PageResponse<EntryView> ledger(@PathVariable String chamberId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        keepers.checkChamber(chamberId);
        PageResponse<cn.xixian.alliance.coldstorage.coldstore.LedgerEntry> entries = stock.ledger(chamberId,
                Pages.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"))));
        return new PageResponse<>(entries.items().stream().map(EntryView::of).toList(), entries.total());
    }
}
