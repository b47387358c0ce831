package cn.xixian.alliance.core.redorder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The season's open contracts of one grade in the policy's order, read a page at a time and only as far as a batch
 * needs; each contract's {@code available} is a local copy that the batch draws down as it plans or books.
 */
final class BatchSupply {

    private static final int PAGE = 100;

    private final BatchContracts contracts;
    private final int season;
    private final String grade;
    private final List<BatchContracts.Contract> loaded = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int limit;
    private boolean exhausted;
    private int firstWithStock;

    BatchSupply(BatchContracts contracts, int season, String grade) {
        this.contracts = contracts;
        this.season = season;
        this.grade = grade;
    }

    /**
     * The i-th candidate (loading more when needed), null after the last. More is read from the start again, twice
     * as many, keeping those not seen yet: while others book, contracts drop out of the candidates, so skipping what
     * was read could pass over some.
     */
    BatchContracts.Contract get(int i) {
        while (i >= loaded.size() && !exhausted) {
            limit = limit == 0 ? PAGE : limit * 2;
            List<BatchContracts.Contract> page = contracts.candidates(season, grade, limit);
            exhausted = page.size() < limit;
            for (BatchContracts.Contract c : page) {
                if (seen.add(c.id)) {
                    loaded.add(c);
                }
            }
        }
        return i < loaded.size() ? loaded.get(i) : null;
    }

    /** Where to start looking: every candidate before it has nothing of the grade left. */
    int start() {
        while (firstWithStock < loaded.size() && loaded.get(firstWithStock).free(grade) <= 0) {
            firstWithStock++;
        }
        return firstWithStock;
    }

    String grade() {
        return grade;
    }

    /** One supply per grade, shared by all references of a batch. */
    static final class PerGrade {
        private final BatchContracts contracts;
        private final int season;
        private final Map<String, BatchSupply> byGrade = new HashMap<>();

        PerGrade(BatchContracts contracts, int season) {
            this.contracts = contracts;
            this.season = season;
        }

        BatchSupply of(String grade) {
            return byGrade.computeIfAbsent(grade, g -> new BatchSupply(contracts, season, g));
        }
    }
}
