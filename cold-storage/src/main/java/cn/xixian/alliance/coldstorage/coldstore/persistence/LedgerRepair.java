package cn.xixian.alliance.coldstorage.coldstore.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Finishes ledger legs a crash cut off (see {@link ChamberBalances}): once at start-up, then hourly. */
@Component
class LedgerRepair {

    private static final Logger log = LoggerFactory.getLogger(LedgerRepair.class);

    private final ChamberBalances balances;

    LedgerRepair(ChamberBalances balances) {
        this.balances = balances;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 3_600_000)
    void repair() {
        int repaired = balances.repair();
        if (repaired > 0) {
            log.info("Stock ledger: wrote {} entries a stop of the app had left out", repaired);
        }
    }
}
