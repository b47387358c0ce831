package cn.xixian.alliance.ui.field;

import cn.xixian.alliance.core.field.FieldScope;
import cn.xixian.alliance.core.photos.Photos;
import java.io.IOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The three phone pages of the field roles (司机 driver, 农技员 technician, 库管 keeper). The server renders the
 * frame; each page's script reads its data from the API and keeps it for offline use, and sends writes through
 * the shared offline queue ({@code field-queue.js}). Each page is an installable web app: a manifest and the
 * service worker, which this controller serves so that it may take the page as its scope.
 */
@Controller
class FieldPagesController {

    private final FieldScope field;
    private final Photos photos;

    FieldPagesController(FieldScope field, Photos photos) {
        this.field = field;
        this.photos = photos;
    }

    @GetMapping("/driver")
    @PreAuthorize("hasRole('DRIVER')")
    String driver(Model model) {
        field.driverId(); // 403 for a login bound to no driver
        return page("driver", model);
    }

    @GetMapping("/technician")
    @PreAuthorize("hasRole('TECHNICIAN')")
    String technician(Model model) {
        field.technicianId();
        return page("technician", model);
    }

    @GetMapping("/keeper")
    @PreAuthorize("hasRole('COLD_STORE_KEEPER')")
    String keeper(Model model) {
        field.confinedToColdStores();
        return page("keeper", model);
    }

    private String page(String name, Model model) {
        model.addAttribute("page", name);
        model.addAttribute("maxPhotos", photos.maxPerItem());
        return name;
    }

    /** The service worker, allowed to control the field pages at the site's root (its file lives under /js/). */
    @GetMapping(value = "/js/field-sw.js", produces = "text/javascript")
    ResponseEntity<byte[]> serviceWorker() throws IOException {
        byte[] script = new ClassPathResource("field/field-sw.js").getContentAsByteArray();
        return ResponseEntity.ok().header("Service-Worker-Allowed", "/").cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("text/javascript")).body(script);
    }
}
