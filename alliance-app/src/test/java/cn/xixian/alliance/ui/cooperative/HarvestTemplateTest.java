package cn.xixian.alliance.ui.cooperative;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.Orchard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The template CSV: a byte-order mark for Excel, the importer's header, one row per household, quoted when needed. */
class HarvestTemplateTest {

    @Test
    void oneRowPerHouseholdWithItsIdAndFirstOrchard() {
        Household plain = new Household("h1", "HH-0001", "郭满仓", "v", "c", 3, false, false, null, null,
                List.of(new Orchard("HH-0001-1", 3.0, null, null), new Orchard("HH-0001-2", 1.0, null, null)));
        Household awkward = new Household("h2", "HH-0002", "Li, \"Big\" Wei", "v", "c", 2, true, false, null, null, null);

        List<String> lines = HarvestTemplate.csv(List.of(plain, awkward)).lines().toList();

        assertThat(lines.get(0)).isEqualTo("\uFEFF" + HarvestTemplate.HEADER);
        assertThat(lines.get(1)).isEqualTo("\"\",\"h1\",\"\",\"\",\"\",\"\",\"\",\"HH-0001-1\",\"\",\"HH-0001 郭满仓\"");
        assertThat(lines.get(2)).isEqualTo("\"\",\"h2\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"HH-0002 Li, \"\"Big\"\" Wei\"");
        assertThat(lines.get(1).split(",", -1)).hasSameSizeAs(HarvestTemplate.HEADER.split(","));
    }

    /** Issue 16 item 10: no cell becomes a formula in a spreadsheet, and line breaks stay inside their cell. */
    @Test
    void formulaStartsAreNeutralisedAndEveryCellIsQuoted() throws Exception {
        Household formula = new Household("h3", "=HYPERLINK(\"http://x\")", "name", "v", "c", 2, false, false, null, null,
                List.of(new Orchard("@SUM(A1)", 1.0, null, null)));
        Household breaks = new Household("h4", "HH-0004", "张\n\n=1+2", "v", "c", 2, false, false, null, null,
                List.of(new Orchard("+86", 1.0, null, null)));
        Household minus = new Household("h5", "-1", "x", "v", "c", 2, false, false, null, null, null);

        String csv = HarvestTemplate.csv(List.of(formula, breaks, minus));
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();

        assertThat(records).hasSize(4);
        assertThat(records.get(1).get(7)).isEqualTo("'@SUM(A1)");
        assertThat(records.get(1).get(9)).isEqualTo("'=HYPERLINK(\"http://x\") name");
        assertThat(records.get(2).get(9)).isEqualTo("HH-0004 张\n\n=1+2");
        assertThat(records.get(2).get(7)).isEqualTo("'+86");
        assertThat(records.get(3).get(9)).isEqualTo("'-1 x");
    }
}
