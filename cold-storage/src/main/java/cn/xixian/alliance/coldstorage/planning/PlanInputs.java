package cn.xixian.alliance.coldstorage.planning;

import cn.xixian.alliance.coldstorage.coldstore.StockLot;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.coldstorage.planning.county.PlanItem;
import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The lots an allocation plans: given in the request, or the harvest lots picked in the period that are not
 * in stock yet. Each gets its purchase point (the cooperative, or its village) and that member's location.
 */
@Component
class PlanInputs {

    private final HarvestLotService harvest;
    private final MemberService members;
    private final StockService stock;

    PlanInputs(HarvestLotService harvest, MemberService members, StockService stock) {
        this.harvest = harvest;
        this.members = members;
        this.stock = stock;
    }

    List<PlanItem> lots(AllocationRequest request) {
        PurchasePoint point = request.purchasePoint() == null ? PurchasePoint.COOPERATIVE : request.purchasePoint();
        Map<String, Optional<Member>> cache = new HashMap<>();
        List<PlanItem> items = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (request.lots() != null && !request.lots().isEmpty()) {
            for (int i = 0; i < request.lots().size(); i++) {
                LotInput lot = request.lots().get(i);
                String pointRef = lot.purchasePointId() != null ? lot.purchasePointId() : lot.cooperativeId();
                Optional<Member> at = pointOf(pointRef, lot.purchasePointId() != null ? PurchasePoint.COOPERATIVE : point,
                        cache);
                if (at.isEmpty()) {
                    errors.add(new FieldError(null, "lots[" + i + "].purchasePointId",
                            "names no known member (give purchasePointId or cooperativeId)"));
                    continue;
                }
                items.add(item(lot.lotRef(), lot.cooperativeId(), lot.grade(), Weights.grams(lot.weightKg()), at.get()));
            }
        } else {
            if (request.from() == null || request.to() == null) {
                throw new InvalidInputException("from", "give the period (from, to) or the lots");
            }
            Set<String> stored = new HashSet<>();
            stock.lotsByChamber().values().forEach(l -> l.stream().map(StockLot::lotRef).forEach(stored::add));
            HarvestLotService.Filter filter = new HarvestLotService.Filter(null, null, null, request.from(), request.to(),
                    null);
            for (int page = 0; ; page++) {
                PageResponse<HarvestLot> lots = harvest.search(filter, Pages.of(page, Pages.MAX_SIZE, "pickDate"));
                for (HarvestLot lot : lots.items()) {
                    if (lot.grade() == null || stored.contains(lot.id())) {
                        continue;
                    }
                    pointOf(lot.cooperativeId(), point, cache).ifPresent(at -> items.add(item(lot.id(),
                            lot.cooperativeId(), lot.grade(), Weights.grams(lot.weightKg()), at)));
                }
                if (lots.items().size() < Pages.MAX_SIZE) {
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (items.isEmpty()) {
            throw new InvalidInputException("lots", "there are no lots to store in this period");
        }
        return items;
    }

    private static PlanItem item(String lotRef, String cooperativeId, cn.xixian.alliance.core.grading.Grade grade,
            long grams, Member at) {
        return new PlanItem(lotRef, lotRef, cooperativeId, grade, grams, at.id(), at.name(), at.lat(), at.lon(), null);
    }

    private Optional<Member> pointOf(String cooperativeRef, PurchasePoint point, Map<String, Optional<Member>> cache) {
        if (cooperativeRef == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(point + ":" + cooperativeRef, k -> {
            Optional<Member> cooperative = members.find(cooperativeRef);
            if (point == PurchasePoint.VILLAGE && cooperative.isPresent() && cooperative.get().villageId() != null) {
                return members.find(cooperative.get().villageId()).or(() -> cooperative);
            }
            return cooperative;
        });
    }
}
