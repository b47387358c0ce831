package cn.xixian.alliance.ui.cooperative;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.Pages;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cooperative page (合作社): record a harvest lot, import a file of lots, see the cooperative's red-order
 * contracts and statements. A cooperative user reaches only its own page (another one's answers 403);
 * a coordinator reaches every cooperative's page from the list.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
class CooperativeController {

    private final MemberService members;
    private final CurrentUser currentUser;
    private final CooperativeView view;

    CooperativeController(MemberService members, CurrentUser currentUser, CooperativeView view) {
        this.members = members;
        this.currentUser = currentUser;
        this.view = view;
    }

    /** A cooperative user goes straight to its own page; a coordinator picks one from the list. */
    @GetMapping("/cooperatives")
    String list(@RequestParam(required = false) String q, Model model) {
        var own = currentUser.confinedToCooperative();
        if (own.isPresent()) {
            return "redirect:/cooperatives/" + members.get(own.get()).code();
        }
        model.addAttribute("q", q);
        model.addAttribute("cooperatives", members.search(MemberKind.COOPERATIVE, q, Pages.of(0, 200, "code")));
        return "cooperatives";
    }

    @GetMapping("/cooperatives/{code}")
    String page(@PathVariable String code, Model model) {
        Member cooperative = view.cooperative(code);
        view.fill(cooperative, model);
        return "cooperative";
    }

    /** The recent-lots table alone, for the page to refresh after a lot is recorded or a file imported. */
    @GetMapping("/cooperatives/{code}/lots")
    String lots(@PathVariable String code, Model model) {
        view.fillLots(view.cooperative(code), model);
        return "cooperative :: lots";
    }

    /**
     * A CSV to fill in and upload: the header the importer reads and one row per household with its id
     * (the name column is for the clerk; the importer ignores columns it does not know).
     */
    @GetMapping("/cooperatives/{code}/harvest-template.csv")
    ResponseEntity<byte[]> template(@PathVariable String code) {
        Member cooperative = view.cooperative(code);
        byte[] csv = HarvestTemplate.csv(view.households(cooperative)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("harvest-" + cooperative.code() + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv);
    }
}
