package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.SeasonRollover.Reason;
import cn.xixian.alliance.core.redorder.SeasonRollover.Skipped;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The season roll-over (年初下订单): last season's households signed again for the new season in one call.
 * <p>
 * Idempotent without transactions: each new contract carries the key household/season under a unique index
 * ({@link RedOrderStore#insertOncePerSeason}), so a second confirm signs nothing, a run cut off half-way is finished
 * by the next one (the households it signed are then "already signed"), and two racing runs cannot both sign a
 * household. Households already holding a contract of the new season that is not cancelled are skipped too.
 */
@Service
public class SeasonRollovers {

    private final RedOrderStore store;
    private final Signing signing;
    private final HouseholdService households;
    private final MemberService members;

    SeasonRollovers(RedOrderStore store, Signing signing, HouseholdService households, MemberService members) {
        this.store = store;
        this.signing = signing;
        this.households = households;
        this.members = members;
    }

    public SeasonRollover rollOver(SeasonRolloverRequest request) {
        check(request);
        String cooperativeId = request.cooperativeId() == null || request.cooperativeId().isBlank() ? null
                : members.require("cooperativeId", request.cooperativeId(), MemberKind.COOPERATIVE).id();
        String villageId = request.villageId() == null || request.villageId().isBlank() ? null
                : members.require("villageId", request.villageId(), MemberKind.VILLAGE).id();
        Map<String, List<RedOrderDocument>> byHousehold = store.ofSeason(request.fromSeason(), cooperativeId).stream()
                .collect(Collectors.groupingBy(RedOrderDocument::householdId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Household> registered = households.findAll(byHousehold.keySet()).stream()
                .collect(Collectors.toMap(Household::id, Function.identity()));
        if (villageId != null) { // the village is the household's, not the contract's: filter on the register
            byHousehold.keySet().removeIf(id -> registered.containsKey(id) && !villageId.equals(registered.get(id).villageId()));
        }
        Set<String> signedAlready = store.signedFor(request.toSeason(), byHousehold.keySet());
        List<Skipped> skipped = new ArrayList<>();
        List<NewRedOrder> toSign = new ArrayList<>();
        for (var entry : byHousehold.entrySet()) {
            List<RedOrderDocument> live = entry.getValue().stream()
                    .filter(c -> !RedOrderStatus.CANCELLED.name().equals(c.status())).toList();
            String name = entry.getValue().get(0).householdName();
            Household household = registered.get(entry.getKey());
            Reason reason = live.isEmpty() ? Reason.CANCELLED
                    : household == null || !household.cooperativeId().equals(live.get(0).cooperativeId()) ? Reason.HOUSEHOLD_LEFT
                    : signedAlready.contains(entry.getKey()) ? Reason.ALREADY_SIGNED : null;
            NewRedOrder contract = reason == null ? contract(request, household, live) : null;
            if (reason == null && contract == null) {
                reason = Reason.NO_PRICE;
            }
            if (reason != null) {
                skipped.add(new Skipped(entry.getKey(), name, reason));
            } else {
                toSign.add(contract);
            }
        }
        int signed = 0;
        List<NewRedOrder> newlySigned = new ArrayList<>();
        for (NewRedOrder contract : toSign) {
            if (request.dryRun()) {
                newlySigned.add(contract);
            } else if (store.insertOncePerSeason(signing.contract(contract, seasonKey(contract)))) {
                newlySigned.add(contract);
                signed++;
            } else { // a racing run signed it between our read and this insert
                skipped.add(new Skipped(contract.householdId(), registered.get(contract.householdId()).name(),
                        Reason.ALREADY_SIGNED));
            }
        }
        return result(request, newlySigned, signed, registered, skipped);
    }

    static String seasonKey(NewRedOrder contract) {
        return contract.householdId() + "/" + contract.season();
    }

    private static void check(SeasonRolloverRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.toSeason() <= request.fromSeason()) {
            errors.add(FieldError.of("toSeason", "must be after fromSeason"));
        }
        if (request.priceRule() == PriceRule.MARKET_PLUS_PREMIUM && request.premiumPerKg() == null) {
            errors.add(FieldError.of("premiumPerKg", "is required for the MARKET_PLUS_PREMIUM price rule"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The household's new contract: last season's kg per grade (its live contracts summed), this season's prices. */
    private static NewRedOrder contract(SeasonRolloverRequest request, Household household, List<RedOrderDocument> live) {
        Map<String, Long> grams = new LinkedHashMap<>();
        Map<String, Long> lastFloor = new LinkedHashMap<>();
        for (RedOrderDocument c : live) {
            for (RedOrderDocument.Line l : c.lines()) {
                grams.merge(l.grade(), l.contractedGrams(), Long::sum);
                if (l.floorFenPerKg() != null) {
                    lastFloor.putIfAbsent(l.grade(), l.floorFenPerKg());
                }
            }
        }
        List<NewRedOrder.LineRequest> lines = new ArrayList<>();
        for (var g : grams.entrySet()) {
            Grade grade = Grade.valueOf(g.getKey());
            BigDecimal kg = Weights.kg(g.getValue());
            if (request.priceRule() == PriceRule.FLOOR) {
                BigDecimal price = request.floorPricesPerKg() == null ? null : request.floorPricesPerKg().get(grade);
                if (price == null && lastFloor.containsKey(g.getKey())) {
                    price = Yuan.yuan(lastFloor.get(g.getKey()));
                }
                if (price == null) {
                    return null;
                }
                lines.add(new NewRedOrder.LineRequest(grade, kg, price, null));
            } else {
                lines.add(new NewRedOrder.LineRequest(grade, kg, null, request.premiumPerKg()));
            }
        }
        String orchard = live.get(0).orchardCode();
        return new NewRedOrder(household.id(), null, orchard, request.toSeason(), request.priceRule(), lines);
    }

    private static SeasonRollover result(SeasonRolloverRequest request, List<NewRedOrder> signedOrToSign, int signed,
            Map<String, Household> registered, List<Skipped> skipped) {
        Map<Grade, BigDecimal> kg = new EnumMap<>(Grade.class);
        int poverty = 0;
        for (NewRedOrder c : signedOrToSign) {
            c.lines().forEach(l -> kg.merge(l.grade(), l.contractedKg(), BigDecimal::add));
            if (registered.get(c.householdId()).povertyRegistered()) {
                poverty++;
            }
        }
        return new SeasonRollover(request.fromSeason(), request.toSeason(), request.dryRun(), signedOrToSign.size(),
                signed, poverty, kg, skipped);
    }
}
