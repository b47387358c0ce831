package cn.xixian.alliance.core.harvest.importing;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits an .xlsx must keep to: Excel's own sheet size, the configured row cap, and POI's zip-bomb
 * checks made explicit (a part may not inflate more than 100 times, nor beyond the configured size).
 */
final class XlsxGuard {

    static final int EXCEL_MAX_ROWS = 1_048_576;
    static final int EXCEL_MAX_COLUMNS = 16_384;
    /** Inflated bytes per compressed byte above which a part counts as a zip bomb (1/100). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private XlsxGuard() {
    }

    /** POI keeps these as process-wide settings; every workbook this app reads is an upload. */
    static void applyZipLimits(ImportLimits limits) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(limits.maxSheetSize().toBytes());
    }

    /** Refuses a sheet row (0-based) beyond Excel's limit or the configured cap, before anything is written for it. */
    static void checkRow(int rowIndex, ImportLimits limits) {
        if (rowIndex < 0 || rowIndex >= EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("row " + rowNumber(rowIndex)
                    + ": the sheet has a row number beyond Excel's limit of 1048576 rows");
        }
        if (rowIndex >= limits.maxRows()) {
            throw new IllegalArgumentException("row " + rowNumber(rowIndex)
                    + ": the sheet has more rows than an import takes (" + limits.maxRows() + ")");
        }
    }

    static void checkColumn(int rowIndex, int column) {
        if (column < 0 || column >= EXCEL_MAX_COLUMNS) {
            throw new IllegalArgumentException("row " + rowNumber(rowIndex)
                    + ": a cell lies beyond Excel's limit of 16384 columns");
        }
    }

    private static long rowNumber(int rowIndex) {
        return rowIndex + 1L;
    }

    /** POI's zip-bomb refusal, said so a clerk understands it; anything else unchanged. */
    static Exception explain(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("Zip bomb detected")) {
                return new IllegalArgumentException( // without the cause: the import reports the root cause's message
                        "row 1: the workbook inflates far beyond its size (a zip bomb?); it was not read");
            }
            if (t instanceof NumberFormatException) {
                return new IllegalArgumentException("row 1: the sheet has a row or cell number beyond Excel's limits");
            }
        }
        return e;
    }
}
