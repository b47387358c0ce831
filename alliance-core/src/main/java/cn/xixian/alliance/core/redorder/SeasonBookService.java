package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.SeasonBookQueries;
import cn.xixian.alliance.core.units.Weights;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * Sums a season's red-order book in one pass over its contracts, reading only the counters and totals each
 * contract document keeps (per-grade {@code delivered}/{@code booked} maps, the settlement's totals), never the
 * appended histories, so a thousand households' contracts are one cheap query.
 */
@Service
public class SeasonBookService {

    private static final List<String> SETTLED = List.of(RedOrderStatus.SETTLED.name(), RedOrderStatus.CLOSED.name());

    private final SeasonBookQueries queries;

    SeasonBookService(SeasonBookQueries queries) {
        this.queries = queries;
    }

    /** The book of {@code season}, or when null of the newest season with an open (ACTIVE) contract, else the newest. */
    public SeasonBook book(Integer season) {
        Integer chosen = season != null ? season : newestSeason();
        Map<Grade, long[]> grams = new EnumMap<>(Grade.class); // contracted, delivered, sold
        Set<String> households = new HashSet<>();
        Set<String> poorHouseholds = new HashSet<>();
        long contracts = 0;
        long settled = 0;
        long grossFen = 0;
        long poorGrossFen = 0;
        long poorNetFen = 0;
        long advancesFen = 0;
        if (chosen != null) {
            Totals t = new Totals();
            queries.forEachContractOf(chosen, d -> {
                t.contracts++;
                boolean poor = d.getBoolean("povertyRegistered", false);
                households.add(d.getString("householdId"));
                if (poor) {
                    poorHouseholds.add(d.getString("householdId"));
                }
                for (Document line : d.getList("lines", Document.class, List.of())) {
                    counters(grams, line.getString("grade"))[0] += number(line, "contractedGrams");
                }
                add(grams, d.get("delivered", Document.class), 1);
                add(grams, d.get("booked", Document.class), 2);
                for (Document advance : d.getList("advances", Document.class, List.of())) {
                    t.advancesFen += number(advance, "amountFen");
                }
                Document settlement = d.get("settlement", Document.class);
                if (settlement != null && SETTLED.contains(d.getString("status"))) {
                    t.settled++;
                    t.grossFen += number(settlement, "grossFen");
                    if (poor) {
                        t.poorGrossFen += number(settlement, "grossFen");
                        t.poorNetFen += number(settlement, "netFen");
                    }
                }
            });
            contracts = t.contracts;
            settled = t.settled;
            grossFen = t.grossFen;
            poorGrossFen = t.poorGrossFen;
            poorNetFen = t.poorNetFen;
            advancesFen = t.advancesFen;
        }
        List<SeasonBook.GradeLine> lines = new ArrayList<>();
        grams.forEach((grade, g) -> lines.add(new SeasonBook.GradeLine(grade, Weights.kg(g[0]), Weights.kg(g[1]),
                Weights.kg(g[2]))));
        return new SeasonBook(chosen, contracts, settled, households.size(), poorHouseholds.size(), lines,
                Yuan.yuan(grossFen), Yuan.yuan(poorGrossFen), Yuan.yuan(poorNetFen), Yuan.yuan(advancesFen));
    }

    private Integer newestSeason() {
        return queries.newestSeason();
    }

    /** The running sums of one pass. */
    private static final class Totals {
        long contracts;
        long settled;
        long grossFen;
        long poorGrossFen;
        long poorNetFen;
        long advancesFen;
    }

    private static void add(Map<Grade, long[]> grams, Document byGrade, int index) {
        if (byGrade != null) {
            byGrade.forEach((grade, value) -> counters(grams, grade)[index] += ((Number) value).longValue());
        }
    }

    private static long[] counters(Map<Grade, long[]> grams, String grade) {
        return grams.computeIfAbsent(Grade.valueOf(grade), g -> new long[3]);
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
