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
        assertThat(lines.get(1)).isEqualTo(",h1,,,,,,HH-0001-1,,HH-0001 郭满仓");
        assertThat(lines.get(2)).isEqualTo(",h2,,,,,,,,\"HH-0002 Li, \"\"Big\"\" Wei\"");
        assertThat(lines.get(1).split(",", -1)).hasSameSizeAs(HarvestTemplate.HEADER.split(","));
    }
}
