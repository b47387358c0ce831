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

    StockController(StockService stock, MemberService members, ColdStoreService stores) {
        this.stock = stock;
        this.members = members;
        this.stores = stores;
    }

    @PostMapping("/receipts")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<EntryView> receive(@Valid @RequestBody ReceiptBody b) {
        String cooperativeId = members.find(b.cooperativeId())
                .orElseThrow(() -> new InvalidInputException("cooperativeId", "names no known cooperative")).id();
        EntryView entry = EntryView.of(stock.receive(new Receipt(b.ref(), b.chamberId(), b.lotRef(), b.grade(),
                cooperativeId, Weights.grams(b.weightKg()), b.storedOn(), b.reservationRef())));
        return ResponseEntity.created(URI.create("/api/v1/stock/chambers/" + entry.chamberId() + "/ledger")).body(entry);
    }

    /** Out of a named lot (sold, to a processor). */
    @PostMapping("/outs")
    @PreAuthorize("hasRole('COORDINATOR')")
    EntryView takeOut(@Valid @RequestBody TakeBody b) {
        return EntryView.of(stock.takeOut(b.chamberId(), b.lotRef(), Weights.grams(b.weightKg()), b.ref()));
    }

    /** Out first-in-first-out: the oldest lots of a grade in a chamber or across a store (id or code). */
    @PostMapping("/picks")
    @PreAuthorize("hasRole('COORDINATOR')")
    PickView pick(@Valid @RequestBody PickBody b) {
        String storeId = b.storeId() == null || b.storeId().isBlank() ? null : stores.get(b.storeId()).id();
        return PickView.of(stock.pick(b.chamberId(), storeId, b.grade(), Weights.grams(b.weightKg()), b.ref()));
    }

    @PostMapping("/transfers")
    @PreAuthorize("hasRole('COORDINATOR')")
    TransferView transfer(@Valid @RequestBody TransferBody b) {
        TransferResult r = stock.transfer(b.fromChamberId(), b.toChamberId(), Weights.grams(b.weightKg()), b.lotRef(),
                b.ref());
        return new TransferView(EntryView.of(r.out()), EntryView.of(r.in()));
    }

    @PostMapping("/losses")
    @PreAuthorize("hasRole('COORDINATOR')")
    EntryView loss(@Valid @RequestBody TakeBody b) {
        if (b.reason() == null || b.reason().isBlank()) {
            throw new InvalidInputException("reason", "is required for a loss");
        }
        return EntryView.of(stock.loss(b.chamberId(), b.lotRef(), Weights.grams(b.weightKg()), b.ref(), b.reason()));
    }

    @GetMapping("/chambers/{chamberId}/lots")
    List<LotView> lots(@PathVariable String chamberId) {
        return stock.lots(chamberId).stream().map(LotView::of).toList();
    }

    /** The chamber's ledger, newest first. */
    @GetMapping("/chambers/{chamberId}/ledger")
    PageResponse<EntryView> ledger(@PathVariable String chamberId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageResponse<cn.xixian.alliance.coldstorage.coldstore.LedgerEntry> entries = stock.ledger(chamberId,
                Pages.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"))));
        return new PageResponse<>(entries.items().stream().map(EntryView::of).toList(), entries.total());
    }
}
