package cn.xixian.alliance.ui.trace;

import cn.xixian.alliance.core.processing.LotTrace;
import cn.xixian.alliance.core.web.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The traceability page: a store order ({@code STORE:ORDER}) or lot id in, the chain from household and orchard to
 * the order out, with a printable label whose QR code (made here) opens this same trace.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TraceController {

    private final TraceAccess access;
    private final TraceViews views;
    private final TraceLabels labels;
    private final ObjectMapper json;

    TraceController(TraceAccess access, TraceViews views, TraceLabels labels, ObjectMapper json) {
        this.access = access;
        this.views = views;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/trace")
    String trace(@RequestParam(required = false) String id, @RequestParam(required = false) String view, Model model,
            HttpServletResponse response) throws JsonProcessingException {
        String wanted = id == null ? "" : id.trim();
        model.addAttribute("id", wanted);
        model.addAttribute("labelOnly", "label".equals(view));
        model.addAttribute("mayTrace", access.mayTrace());
        if (wanted.isEmpty()) {
            return "trace";
        }
        LotTrace trace;
        try {
            trace = access.trace(wanted);
        } catch (NotFoundException e) {
            // a mistyped id: say so on the page, keeping the form to try again
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notFound", true);
            return "trace";
        }
        TraceChain chain = views.chain(trace);
        model.addAttribute("chain", chain);
        model.addAttribute("label", labels.label(trace, wanted));
        model.addAttribute("graphJson", ScriptJson.safe(json.writeValueAsString(graph(chain, trace))));
        return "trace";
    }

    /** The QR code of a trace: the address of this page for that id, so a phone opens the same chain. */
    @GetMapping(value = "/trace/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@RequestParam String id) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/trace").queryParam("id", id.trim())
                .encode().toUriString();
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(QrSvg.of(url));
    }

    /** Nodes placed by stage (x) and place within the stage (y), for the ECharts graph; edges by node key. */
    private static Map<String, Object> graph(TraceChain chain, LotTrace trace) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (int s = 0; s < chain.stages().size(); s++) {
            TraceChain.Stage stage = chain.stages().get(s);
            for (int r = 0; r < stage.nodes().size(); r++) {
                TraceChain.Node n = stage.nodes().get(r);
                nodes.add(Map.of("id", n.key(), "name", n.label(), "type", n.type(), "stage", s, "row", r,
                        "self", "SELF".equals(n.direction())));
                shown.add(n.key());
            }
        }
        List<Map<String, Object>> edges = trace.edges().stream()
                .filter(e -> shown.contains(e.from()) && shown.contains(e.to()))
                .map(e -> Map.<String, Object>of("source", e.from(), "target", e.to(), "kind", e.kind(),
                        "kg", e.weightKg() == null ? "" : e.weightKg().stripTrailingZeros().toPlainString())).toList();
        return Map.of("nodes", nodes, "edges", edges);
    }
}
