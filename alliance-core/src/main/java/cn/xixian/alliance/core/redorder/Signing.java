package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.registry.Orchard;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Component;

/** Turns a signing request into a new ACTIVE contract, checking what Bean Validation cannot see. */
@Component
class Signing {

    private final HouseholdService households;
    private final MemberService members;
    private final CurrentUser currentUser;

    Signing(HouseholdService households, MemberService members, CurrentUser currentUser) {
        this.households = households;
        this.members = members;
        this.currentUser = currentUser;
    }

    RedOrderDocument contract(NewRedOrder request) {
        return contract(request, null);
    }

    /** A contract carrying {@code seasonKey} (see {@link RedOrderDocument}): the roll-over's one-per-season key. */
    RedOrderDocument contract(NewRedOrder request, String seasonKey) {
        Household household = households.find(request.householdId())
                .or(() -> households.findByCode(request.householdId()))
                .orElseThrow(() -> new InvalidInputException("householdId", "names no known household"));
        currentUser.checkCooperative(household.cooperativeId());
        List<FieldError> errors = new ArrayList<>();
        if (request.cooperativeId() != null
                && !members.idOf(request.cooperativeId()).equals(household.cooperativeId())) {
            errors.add(FieldError.of("cooperativeId", "is not the household's cooperative"));
        }
        if (request.orchardCode() != null && household.orchards() != null && !household.orchards().isEmpty()
                && household.orchards().stream().map(Orchard::code).noneMatch(request.orchardCode()::equals)) {
            errors.add(FieldError.of("orchardCode", "is not one of the household's orchards"));
        }
        List<RedOrderDocument.Line> lines = new ArrayList<>();
        Map<String, Long> available = new HashMap<>();
        Map<String, Long> zero = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            NewRedOrder.LineRequest line = request.lines().get(i);
            String at = "lines[" + i + "].";
            if (!seen.add(line.grade().name())) {
                errors.add(FieldError.of(at + "grade", "appears on more than one line"));
            }
            boolean floor = request.priceRule() == PriceRule.FLOOR;
            if (floor && line.floorPricePerKg() == null) {
                errors.add(FieldError.of(at + "floorPricePerKg", "is required for the FLOOR price rule"));
            }
            if (!floor && line.premiumPerKg() == null) {
                errors.add(FieldError.of(at + "premiumPerKg", "is required for the MARKET_PLUS_PREMIUM price rule"));
            }
            long grams = Weights.grams(line.contractedKg());
            lines.add(new RedOrderDocument.Line(line.grade().name(), grams,
                    floor && line.floorPricePerKg() != null ? Yuan.fen(line.floorPricePerKg()) : null,
                    !floor && line.premiumPerKg() != null ? Yuan.fen(line.premiumPerKg()) : null));
            available.put(line.grade().name(), grams);
            zero.put(line.grade().name(), 0L);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String by = currentUser.username();
        Instant now = Instant.now();
        return new RedOrderDocument(new ObjectId().toHexString(), household.id(), household.code(), household.name(),
                household.cooperativeId(), household.povertyRegistered(), request.orchardCode(), request.season(),
                request.priceRule().name(), RedOrderStatus.ACTIVE.name(), lines, available, new HashMap<>(zero),
                new HashMap<>(zero), 0, 0, List.of(), List.of(), List.of(), List.of(),
                List.of(new RedOrderDocument.Event("SIGNED", null, RedOrderStatus.ACTIVE.name(),
                        "season " + request.season() + ", " + request.priceRule(), by, now)),
                null, 0, now, by, request.externalRef() == null ? null : household.id() + "/" + request.externalRef(),
                seasonKey, household.villageId());
    }
}
