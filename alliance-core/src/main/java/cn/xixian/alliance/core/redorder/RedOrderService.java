package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.ContractQuery;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Red-order contracts (红色订单): signing, advances, guidance visits, deliveries, settlement, closing and
 * cancelling, each checked against the contract's state and recorded in its history with who and when.
 * Every change is one atomic conditional update (see {@link Transition}), so racing changes cannot both win.
 * A cooperative user reaches only its own households' contracts (403 otherwise).
 */
@Service
public class RedOrderService {

    private final RedOrderStore store;
    private final ContractChanges changes;
    private final Signing signing;
    private final Deliveries deliveries;
    private final MarketPriceService prices;
    private final MemberService members;
    private final HouseholdService households;
    private final CurrentUser currentUser;

    RedOrderService(RedOrderStore store, ContractChanges changes, Signing signing, Deliveries deliveries, MarketPriceService prices,
            MemberService members, HouseholdService households, CurrentUser currentUser) {
        this.store = store;
        this.changes = changes;
        this.signing = signing;
        this.deliveries = deliveries;
        this.prices = prices;
        this.members = members;
        this.households = households;
        this.currentUser = currentUser;
    }

    /** What the list, the desk's totals and the workbook filter on; every part optional. */
    public record Filter(String householdId, String cooperativeId, Integer season, RedOrderStatus status,
            String villageId, boolean povertyOnly, String householdName) {

        public Filter(String householdId, String cooperativeId, Integer season, RedOrderStatus status) {
            this(householdId, cooperativeId, season, status, null, false, null);
        }
    }

    public RedOrder create(NewRedOrder request) {
        return sign(request).order();
    }

    /** A signed contract, and whether it is new ({@code false}: a repeat with a known externalRef returned the first). */
    public record Signed(RedOrder order, boolean created) {
    }

    /** Signs a contract; a repeat with the same household and {@code externalRef} returns the first contract. */
    public Signed sign(NewRedOrder request) {
        RedOrderDocument contract = signing.contract(request);
        return store.insertUnlessKnown(contract).map(first -> new Signed(Views.redOrder(first), false))
                .orElseGet(() -> new Signed(Views.redOrder(contract), true));
    }

    public RedOrder get(String id) {
        return Views.redOrder(load(id));
    }

    public PageResponse<RedOrder> search(Filter filter, Pageable page) {
        ContractQuery query = query(filter, false);
        return new PageResponse<>(store.find(query, page).stream().map(Views::redOrder).toList(), store.count(query));
    }

    /** Totals of the contracts the filter names (the desk's figures), in one pass over one indexed query. */
    public DeskTotals totals(Filter filter) {
        return DeskTotalling.totals(store, query(filter, false), prices);
    }

    /** The statement of every contract the filter names, in household order, one at a time (for the workbook). */
    public void forEachStatement(Filter filter, java.util.function.Consumer<Statement> each) {
        Map<Integer, Map<String, Long>> market = new HashMap<>();
        store.forEach(query(filter, true), o -> each.accept(Views.statement(o, market.computeIfAbsent(o.season(), prices::fenPerKg))));
    }

    private ContractQuery query(Filter filter, boolean withoutCancelled) {
        String cooperativeId = currentUser.cooperativeScope(
                filter.cooperativeId() == null || filter.cooperativeId().isBlank() ? null : members.idOf(filter.cooperativeId()));
        String villageId = filter.villageId() == null || filter.villageId().isBlank() ? null : members.idOf(filter.villageId());
        return new ContractQuery(filter.householdId(), cooperativeId, villageId, filter.season(),
                filter.status() == null ? null : filter.status().name(), filter.povertyOnly(), filter.householdName(),
                withoutCancelled);
    }

    /** Records an advance; with a {@code ref} already recorded on the contract (a retry), the contract as it is. */
    public RedOrder addAdvance(String id, AdvanceRequest request) {
        RedOrderDocument order = load(id);
        String ref = request.ref();
        Update update = new Update().push("advances", new RedOrderDocument.Advance(request.item().strip(),
                Yuan.fen(request.amount()), request.date(), currentUser.username(), Instant.now(), ref));
        return Views.redOrder(changes.applyOnce(order, ref, "advances.ref", o -> hasAdvance(o, ref),
                Transition.ADVANCE, update,
                request.item().strip() + " " + request.amount().toPlainString() + " yuan on " + request.date()));
    }

    private static boolean hasAdvance(RedOrderDocument order, String ref) {
        return order.advances().stream().anyMatch(a -> ref.equals(a.ref()));
    }

    public RedOrder deliver(String id, DeliveryRequest request) {
        return Views.redOrder(deliveries.deliver(load(id), request));
    }

    /**
     * Records a technician's field guidance visit (技术指导) against an ACTIVE contract, in its history; 409 when
     * the contract is not ACTIVE, 404 when it does not exist. For the technical group, which keeps the visit itself.
     */
    public RedOrder recordGuidanceVisit(String redOrderId, String visitRef, LocalDate date, String technician) {
        RedOrderDocument order = load(redOrderId);
        return Views.redOrder(changes.apply(order, Transition.GUIDANCE_VISIT, null, new Update(),
                "visit " + visitRef + " on " + date + " by " + technician));
    }

    /** Settles the year-end purchase; 409 before any delivery, on a non-ACTIVE contract, or when advances exceed
     * the gross value and no reason is given. */
    public Statement settle(String id, SettleRequest request) {
        RedOrderDocument settled = settle(load(id), request == null ? null : request.reason(), currentUser.username());
        return Views.statement(settled, Map.of());
    }

    /** What the year-end settlement job made of one contract. */
    public enum YearEndOutcome { SETTLED, ALREADY_SETTLED, NEEDS_ATTENTION }

    /** The settlement job's step for one contract: no user, no reason; only a contract still ACTIVE is settled. */
    public YearEndOutcome settleAtYearEnd(String id, String by) {
        for (int attempt = 0; attempt < 3; attempt++) { // a delivery or advance racing in makes it compute again
            RedOrderDocument order = store.find(id).orElseThrow(() -> new NotFoundException("red order", id));
            if (Transition.SETTLE.refusal(order) != null) {
                return YearEndOutcome.ALREADY_SETTLED;
            }
            try {
                settle(order, null, by);
                return YearEndOutcome.SETTLED;
            } catch (ConflictException e) {
                RedOrderDocument now = store.find(id).orElseThrow();
                if (Transition.SETTLE.refusal(now) != null) {
                    return YearEndOutcome.ALREADY_SETTLED;
                }
                if (now.version() == order.version()) {
                    return YearEndOutcome.NEEDS_ATTENTION; // refused on its own terms: needs a reason or a price
                }
            }
        }
        return YearEndOutcome.NEEDS_ATTENTION;
    }

    public RedOrder close(String id) {
        return Views.redOrder(changes.apply(load(id), Transition.CLOSE, null, new Update(), null));
    }

    /**
     * Cancels the contract. Advances paid on it are written off, so then a reason is required (409 without one) and
     * the unrecovered amount is recorded in the CANCELLED history entry; the guard on the number of advances makes
     * an advance racing in refuse the cancel rather than be written off unseen.
     */
    public RedOrder cancel(String id, String reason) {
        RedOrderDocument order = load(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        long advancesFen = Views.advancesFen(order);
        if (advancesFen == 0) {
            return Views.redOrder(changes.apply(order, Transition.CANCEL,
                    Criteria.where("advances").size(0), new Update(), why));
        }
        String unrecovered = Yuan.yuan(advancesFen).toPlainString() + " yuan";
        if (why == null && Transition.CANCEL.refusal(order) == null) {
            throw new ConflictException("advances of " + unrecovered + " were paid on this contract; cancel with a reason"
                    + " to write them off");
        }
        return Views.redOrder(changes.apply(order, Transition.CANCEL,
                Criteria.where("advances").size(order.advances().size()), new Update(),
                why + "; unrecovered advances " + unrecovered + " written off"));
    }

    public Statement statement(String id) {
        RedOrderDocument order = load(id);
        return Views.statement(order, prices.fenPerKg(order.season()));
    }

    /** Statements of all a household's contracts (of one season, if given), newest season first. */
    public List<Statement> statementsOfHousehold(String householdId, Integer season) {
        households.get(householdId); // 404 for an unknown one, 403 for another cooperative's
        ContractQuery query = new ContractQuery(householdId, null, null, season, null, false, null, false);
        Map<Integer, Map<String, Long>> market = new HashMap<>();
        return store.find(query, PageRequest.of(0, Pages.MAX_SIZE, Sort.by(Sort.Direction.DESC, "season").and(Sort.by("_id"))))
                .stream().map(o -> Views.statement(o, market.computeIfAbsent(o.season(), prices::fenPerKg))).toList();
    }

    private RedOrderDocument settle(RedOrderDocument order, String reason, String by) {
        String refusal = Transition.SETTLE.refusal(order);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        Settlements.Outcome outcome = Settlements.compute(PriceRule.valueOf(order.priceRule()), order.lines(),
                order.delivered(), prices.fenPerKg(order.season()), Views.advancesFen(order));
        if (!outcome.missingPrices().isEmpty()) {
            throw new ConflictException("no market price for " + String.join(", ", outcome.missingPrices())
                    + " in season " + order.season() + "; set it under /api/v1/market-prices/" + order.season());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (outcome.advancesExceedGross() && why == null) {
            throw new ConflictException("advances (" + Yuan.yuan(outcome.advancesFen()) + " yuan) exceed the gross value ("
                    + Yuan.yuan(outcome.grossFen()) + " yuan); settle with a reason to record");
        }
        var settlement = new RedOrderDocument.Settlement(outcome.grossFen(), outcome.advancesFen(), outcome.netFen(),
                outcome.unrecoveredFen(), why, outcome.lines(), by, Instant.now());
        // The version guard: a delivery or advance that lands after this computation makes the settlement stale.
        return changes.apply(order, Transition.SETTLE, Criteria.where("version").is(order.version()),
                new Update().set("settlement", settlement), "net " + Yuan.yuan(outcome.netFen()) + " yuan"
                        + (why == null ? "" : "; " + why), by);
    }

    private RedOrderDocument load(String id) {
        return changes.load(id);
    }
}
