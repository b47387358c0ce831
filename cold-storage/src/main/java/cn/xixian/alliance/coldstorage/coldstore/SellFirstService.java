package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.coldstorage.coldstore.persistence.SellFirstStore;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The sell-first lists the nightly stock-age job writes, one per {@code asOf} date. */
@Service
public class SellFirstService {

    public static final Sort OLDEST_FIRST = Sort.by("storedOn", "chamberId", "lotRef");

    private final SellFirstStore store;

    SellFirstService(SellFirstStore store) {
        this.store = store;
    }

    /** The list of {@code asOf}, or of the newest run when null (empty when the job never ran). */
    public PageResponse<SellFirstItem> list(LocalDate asOf, Pageable page) {
        Optional<LocalDate> date = asOf != null ? Optional.of(asOf) : latestAsOf();
        if (date.isEmpty()) {
            return new PageResponse<>(List.of(), 0);
        }
        return store.page(date.get(), PageRequest.of(page.getPageNumber(), page.getPageSize(), OLDEST_FIRST));
    }

    public Optional<LocalDate> latestAsOf() {
        return store.latestAsOf();
    }

    /** Forgets the list of a date, before a fresh run of that date writes it again. */
    public void clear(LocalDate asOf) {
        store.clear(asOf);
    }

    /** Writes lines by their key (replace or insert), so writing a chunk twice changes nothing. */
    public void save(List<SellFirstItem> items) {
        store.save(items);
    }
}
