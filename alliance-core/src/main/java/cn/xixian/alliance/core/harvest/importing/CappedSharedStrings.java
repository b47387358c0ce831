package cn.xixian.alliance.core.harvest.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings, read with SAX and held as plain strings up to a total number of
 * characters: a list grown as strings come, never sized by the counts the file claims about itself.
 * Phonetic runs ({@code rPh}) are left out, as Excel shows them only as hints.
 */
final class CappedSharedStrings implements SharedStrings {

    private final List<String> strings = new ArrayList<>();

    private CappedSharedStrings() {
    }

    static CappedSharedStrings read(OPCPackage pkg, long maxChars) throws Exception {
        CappedSharedStrings table = new CappedSharedStrings();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return table;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(table.new Handler(maxChars));
            parser.parse(new InputSource(in));
        }
        return table;
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= strings.size()) {
            throw new IllegalArgumentException("a cell refers to shared string " + idx + " the workbook does not have");
        }
        return new XSSFRichTextString(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    private final class Handler extends DefaultHandler {
        private final long maxChars;
        private final StringBuilder text = new StringBuilder();
        private long total;
        private boolean inItem;
        private boolean inText;
        private int phonetic;

        Handler(long maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "si" -> {
                    inItem = true;
                    text.setLength(0);
                }
                case "rPh" -> phonetic++;
                case "t" -> inText = inItem && phonetic == 0;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (name(localName, qName)) {
                case "si" -> {
                    inItem = false;
                    strings.add(text.toString());
                }
                case "rPh" -> phonetic--;
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        private static String name(String localName, String qName) {
            return localName != null && !localName.isEmpty() ? localName : qName.substring(qName.indexOf(':') + 1);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inText) {
                return;
            }
            total += length;
            if (total > maxChars) {
                throw new IllegalArgumentException("row 1: the workbook's shared text is longer than an import takes ("
                        + maxChars + " characters)");
            }
            text.append(ch, start, length);
        }
    }
}
