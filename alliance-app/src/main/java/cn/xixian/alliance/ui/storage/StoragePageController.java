package cn.xixian.alliance.ui.storage;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.planning.StoragePlanService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.web.Pages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The storage planning page: recent plans and the start form are rendered here; the solve itself (start, live
 * score, stop, publish) runs in the page's script against the storage-plans API. The places plans refer to
 * (purchase points and chambers, with coordinates) go into the page once, so the script can draw any plan.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class StoragePageController {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final int RECENT = 15;

    private final StoragePlanService plans;
    private final ColdStoreService coldStores;
    private final MemberService members;

    StoragePageController(StoragePlanService plans, ColdStoreService coldStores, MemberService members) {
        this.plans = plans;
        this.coldStores = coldStores;
        this.members = members;
    }

    /** A place on the chart: its label, longitude, latitude, and whether it is a cold store. */
    record Place(String label, double lon, double lat, boolean store) {
    }

    @GetMapping("/storage")
    String page(Model model) {
        LocalDate today = LocalDate.now(COUNTY);
        // Harvest runs from August: the default period covers this season's lots picked so far.
        int season = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        LocalDate from = LocalDate.of(season, 8, 1);
        model.addAttribute("plans", plans.recent(RECENT));
        model.addAttribute("defaultFrom", from);
        model.addAttribute("defaultTo", today.isBefore(from) ? from : today);
        model.addAttribute("solveSeconds", plans.solveSeconds());
        model.addAttribute("places", places());
        return "storage";
    }

    private Map<String, Place> places() {
        Map<String, Place> places = new LinkedHashMap<>();
        for (MemberKind kind : new MemberKind[] {MemberKind.COOPERATIVE, MemberKind.VILLAGE}) {
            for (Member m : members.search(kind, null, PageRequest.of(0, Pages.MAX_SIZE)).items()) {
                places.put(m.id(), new Place(m.name(), m.lon(), m.lat(), false));
            }
        }
        for (ChamberState c : coldStores.chambers()) {
            places.put(c.chamberId(), new Place(c.storeCode() + "/" + c.chamberCode(), c.lon(), c.lat(), true));
        }
        return places;
    }
}
