package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
    private final Signing signing;
    private final Deliveries deliveries;
    private final MarketPriceService prices;
    private final MemberService members;
    private final HouseholdService households;
    private final CurrentUser currentUser;

    RedOrderService(RedOrderStore store, Signing signing, Deliveries deliveries, MarketPriceService prices,
            MemberService members, HouseholdService households, CurrentUser currentUser) {
        this.store = store;
        this.signing = signing;
        this.deliveries = deliveries;
        this.prices = prices;
        this.members = members;
        this.households = households;
        this.currentUser = currentUser;
    }

    public record Filter(String householdId, String cooperativeId, Integer season, RedOrderStatus status) {
    }

    public RedOrder create(NewRedOrder request) {
        return Views.redOrder(store.insert(signing.contract(request)));
    }

    public RedOrder get(String id) {
        return Views.redOrder(load(id));
    }

    public PageResponse<RedOrder> search(Filter filter, Pageable page) {
        List<Criteria> where = new ArrayList<>();
        String cooperativeId = currentUser.cooperativeScope(
                filter.cooperativeId() == null ? null : members.idOf(filter.cooperativeId()));
        if (cooperativeId != null) {
            where.add(Criteria.where("cooperativeId").is(cooperativeId));
        }
        if (filter.householdId() != null) {
            where.add(Criteria.where("householdId").is(filter.householdId()));
        }
        if (filter.season() != null) {
            where.add(Criteria.where("season").is(filter.season()));
        }
        if (filter.status() != null) {
            where.add(Criteria.where("status").is(filter.status().name()));
        }
        Query query = where.isEmpty() ? new Query() : new Query(new Criteria().andOperator(where));
        long total = store.count(query);
        return new PageResponse<>(store.find(Query.of(query).with(page)).stream().map(Views::redOrder).toList(), total);
    }

    public RedOrder addAdvance(String id, AdvanceRequest request) {
        RedOrderDocument order = load(id);
        Update update = new Update().push("advances", new RedOrderDocument.Advance(request.item().strip(),
                Yuan.fen(request.amount()), request.date(), currentUser.username(), Instant.now()));
        return Views.redOrder(apply(order, Transition.ADVANCE, null, update,
                request.item().strip() + " " + request.amount().toPlainString() + " yuan on " + request.date()));
    }

    public RedOrder deliver(String id, DeliveryRequest request) {
        return Views.redOrder(deliveries.deliver(load(id), request, this::apply));
    }

    /**
     * Records a technician's field guidance visit (技术指导) against an ACTIVE contract, in its history; 409 when
     * the contract is not ACTIVE, 404 when it does not exist. For the technical group, which keeps the visit itself.
     */
    public RedOrder recordGuidanceVisit(String redOrderId, String visitRef, LocalDate date, String technician) {
        RedOrderDocument order = load(redOrderId);
        return Views.redOrder(apply(order, Transition.GUIDANCE_VISIT, null, new Update(),
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
        return Views.redOrder(apply(load(id), Transition.CLOSE, null, new Update(), null));
    }

    public RedOrder cancel(String id, String reason) {
        return Views.redOrder(apply(load(id), Transition.CANCEL, null, new Update(), reason));
    }

    public Statement statement(String id) {
        RedOrderDocument order = load(id);
        return Views.statement(order, prices.fenPerKg(order.season()));
    }

    /** Statements of all a household's contracts (of one season, if given), newest season first. */
    public List<Statement> statementsOfHousehold(String householdId, Integer season) {
        households.get(householdId); // 404 for an unknown one, 403 for another cooperative's
        Criteria where = Criteria.where("householdId").is(householdId);
        if (season != null) {
            where = where.and("season").is(season);
        }
        Map<Integer, Map<String, Long>> market = new HashMap<>();
        return store.find(Query.query(where).with(Sort.by(Sort.Direction.DESC, "season").and(Sort.by("_id"))))
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
        return transition(order, Transition.SETTLE, Criteria.where("version").is(order.version()),
                new Update().set("settlement", settlement), "net " + Yuan.yuan(outcome.netFen()) + " yuan"
                        + (why == null ? "" : "; " + why), by);
    }

    private RedOrderDocument apply(RedOrderDocument order, Transition t, Criteria extra, Update update, String detail) {
        return transition(order, t, extra, update, detail, currentUser.username());
    }

    private RedOrderDocument transition(RedOrderDocument order, Transition t, Criteria extra, Update update,
            String detail, String by) {
        String refusal = t.refusal(order);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        RedOrderStatus to = t.to == null ? RedOrderStatus.valueOf(order.status()) : t.to;
        update.push("history", new RedOrderDocument.Event(t.event, order.status(), to.name(), detail, by, Instant.now()));
        if (t.to != null) {
            update.set("status", t.to.name());
        }
        Criteria guard = extra == null ? t.guard() : new Criteria().andOperator(t.guard(), extra);
        return store.change(order.id(), guard, update).orElseThrow(() -> {
            String now = store.find(order.id()).map(t::refusal).orElse(null);
            return new ConflictException(now != null ? now : "the contract changed meanwhile; reload and try again");
        });
    }

    /** A contract the caller may see: 404 when unknown, 403 when another cooperative's. */
    private RedOrderDocument load(String id) {
        RedOrderDocument order = store.find(id).orElseThrow(() -> new NotFoundException("red order", id));
        currentUser.checkCooperative(order.cooperativeId());
        return order;
    }

    /** The shape of {@link #apply}, for the helpers that prepare a change. */
    interface Applier {
        RedOrderDocument apply(RedOrderDocument order, Transition t, Criteria extra, Update update, String detail);
    }
}
