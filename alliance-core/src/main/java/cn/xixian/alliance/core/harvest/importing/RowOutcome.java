package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import cn.xixian.alliance.core.harvest.persistence.ImportErrorDocument;
import java.util.List;

/** What one row became: a lot to store, or the errors that keep it out. */
record RowOutcome(HarvestLotDocument lot, List<ImportErrorDocument> errors) {
}
