package cn.xixian.alliance.core.harvest.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an .xlsx into a CSV (SAX, so a 200,000-row sheet needs no more memory
 * than one row), keeping row numbers: missing sheet rows become blank lines. The CSV reader then
 * serves both formats, and its saved position works the same for both.
 */
final class XlsxToCsv {

    private XlsxToCsv() {
    }

    static void convert(Path xlsx, Path csv, ImportLimits limits) throws Exception {
        Path partial = csv.resolveSibling(csv.getFileName() + ".part");
        XlsxGuard.applyZipLimits(limits);
        try {
            write(xlsx, partial, limits);
        } catch (Exception e) {
            ImportFiles.deleteQuietly(partial); // a refused file leaves nothing behind in the data directory
            throw XlsxGuard.explain(e);
        }
        Files.move(partial, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void write(Path xlsx, Path partial, ImportLimits limits) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
                Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IllegalArgumentException("row 1: the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        CappedSharedStrings.read(pkg, limits.maxSharedStringChars()), new Rows(printer, limits),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        }
    }

    /** Writes each sheet row as a CSV record, with blank records for skipped rows and cells. */
    private static final class Rows implements SheetContentsHandler {
        private final CSVPrinter printer;
        private final ImportLimits limits;
        private final List<String> cells = new ArrayList<>();
        private int nextRow;
        private int row;

        Rows(CSVPrinter printer, ImportLimits limits) {
            this.printer = printer;
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            XlsxGuard.checkRow(rowNum, limits);
            row = rowNum;
            try {
                for (; nextRow < rowNum; nextRow++) {
                    printer.println();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                if (rowNum == 0) {
                    List<String> missing = ImportColumns.missing(cells);
                    if (!missing.isEmpty()) {
                        throw new IllegalArgumentException("row 1: the header lacks the column(s) " + String.join(", ", missing));
                    }
                }
                printer.printRecord(cells);
                nextRow = rowNum + 1;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            XlsxGuard.checkColumn(row, column);
            while (cells.size() < column) {
                cells.add("");
            }
            // A line break typed in a cell (Alt+Enter) would make the row span lines of the CSV and
            // shift the line numbers errors are reported by; within one cell a space says the same.
            cells.add(formattedValue == null ? "" : formattedValue.replaceAll("\\R", " "));
        }
    }

    /**
     * Numeric cells as stored, not as displayed: a weight shown as "12.3" or "1,234" is 12.345 or
     * 1234 in the cell. Date cells come out as yyyy-MM-dd whatever the sheet's display format.
     */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
