package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.harvest.persistence.HarvestLotBulkInserts;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import cn.xixian.alliance.core.harvest.persistence.ImportErrorDocument;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;

/**
 * Stores a chunk with one unordered {@code insertMany} per collection ({@link HarvestLotBulkInserts}). Rows whose natural key is
 * already taken (an earlier import of the same file, or this chunk replayed after a crash) fail with
 * a duplicate-key error that is expected and passed over: that is what makes the import exactly-once.
 * Its running tallies are saved with each chunk, so progress survives a restart too.
 */
class HarvestLotWriter implements ItemStreamWriter<RowOutcome> {

    static final String INSERTED = "harvestLotWriter.inserted";
    static final String DUPLICATES = "harvestLotWriter.duplicates";
    static final String REJECTED = "harvestLotWriter.rejected";

    private final HarvestLotBulkInserts inserts;
    private long inserted;
    private long duplicates;
    private long rejected;

    HarvestLotWriter(HarvestLotBulkInserts inserts) {
        this.inserts = inserts;
    }

    @Override
    public void write(Chunk<? extends RowOutcome> chunk) {
        List<HarvestLotDocument> lots = new ArrayList<>(chunk.size());
        List<ImportErrorDocument> errors = new ArrayList<>();
        for (RowOutcome outcome : chunk) {
            if (outcome.lot() != null) {
                lots.add(outcome.lot());
            } else {
                rejected++;
            }
            errors.addAll(outcome.errors());
        }
        int taken = inserts.insertLots(lots);
        inserted += lots.size() - taken;
        duplicates += taken;
        inserts.insertErrors(errors);
    }

    @Override
    public void open(ExecutionContext context) {
        inserted = context.getLong(INSERTED, 0);
        duplicates = context.getLong(DUPLICATES, 0);
        rejected = context.getLong(REJECTED, 0);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(INSERTED, inserted);
        context.putLong(DUPLICATES, duplicates);
        context.putLong(REJECTED, rejected);
    }
}
