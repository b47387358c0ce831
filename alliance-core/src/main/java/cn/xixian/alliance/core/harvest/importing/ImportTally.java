package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.harvest.persistence.ImportJobRecords;
import org.springframework.batch.item.ExecutionContext;

/** What an import has done so far: new lots, rows whose lot was already stored, and bad rows. */
public record ImportTally(long written, long duplicates, long skipped) {

    /** The writer's tallies as last committed with a chunk: cheap enough for every progress poll. */
    public static ImportTally committed(ExecutionContext context) {
        return new ImportTally(context.getLong(HarvestLotWriter.INSERTED, 0),
                context.getLong(HarvestLotWriter.DUPLICATES, 0), context.getLong(HarvestLotWriter.REJECTED, 0));
    }

    /**
     * Counted from the data itself, once, when the import has completed: exact even where a crash
     * made a chunk run twice (its lots then looked like duplicates of themselves the second time).
     */
    public static ImportTally counted(ImportJobRecords records, String importId, long read) {
        long written = records.lotsStored(importId);
        long skipped = records.badRows(importId);
        return new ImportTally(written, Math.max(0, read - written - skipped), skipped);
    }
}
