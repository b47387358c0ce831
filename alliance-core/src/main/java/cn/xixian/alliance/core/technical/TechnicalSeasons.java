package cn.xixian.alliance.core.technical;

import cn.xixian.alliance.core.technical.persistence.TechnicalStore;
import org.springframework.stereotype.Service;

/** Counts per season of trainings and field visits (counted by {@link TechnicalStore#seasonCounts}). */
@Service
public class TechnicalSeasons {

    private final TechnicalStore store;

    TechnicalSeasons(TechnicalStore store) {
        this.store = store;
    }

    public SeasonCounts counts(int season) {
        return store.seasonCounts(season);
    }
}
