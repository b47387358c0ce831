package cn.xixian.alliance.core.harvest.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the data rows of a harvest CSV. The row count it has handed out is saved with every
 * committed chunk, so a restarted job skips the rows already imported.
 */
class HarvestCsvReader extends AbstractItemCountingItemStreamItemReader<ImportRow> {

    private final Path file;
    private final long maxRowChars;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> columns;

    HarvestCsvReader(Path file, long maxRowChars) {
        this.file = file;
        this.maxRowChars = maxRowChars;
        setName("harvestCsvReader");
    }

    @Override
    protected void doOpen() throws Exception {
        BufferedReader in = Files.newBufferedReader(file, ImportFiles.charsetOf(file));
        parser = ImportFiles.CSV.parse(new RowLengthCap(in, maxRowChars));
        records = parser.iterator();
        if (!records.hasNext()) {
            throw new ItemStreamException("row 1: the file is empty; expected a header row");
        }
        List<String> header = records.next().toList();
        List<String> missing = ImportColumns.missing(header);
        if (!missing.isEmpty()) {
            throw new ItemStreamException("row 1: the header lacks the column(s) " + String.join(", ", missing));
        }
        columns = ImportColumns.canonical(header);
    }

    /**
     * A row's number is the line it starts on (header = 1), also when a quoted cell spans lines;
     * blank lines are passed over but still counted.
     */
    @Override
    protected ImportRow doRead() {
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            if (isBlank(record)) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < record.size() && i < columns.size(); i++) {
                if (columns.get(i) != null) {
                    cells.put(columns.get(i), record.get(i));
                }
            }
            return new ImportRow(line, cells);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doClose() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
