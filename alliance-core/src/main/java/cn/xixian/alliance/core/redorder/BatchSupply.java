package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.BatchContracts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The season's open contracts of one grade in the policy's order, read only as far as a batch needs; each
 * contract's {@code available} is a local copy that the batch draws down as it plans or books.
 */
final class BatchSupply {

    private static final int PAGE = 100;

    private final BatchContracts contracts;
    private final int season;
    private final String grade;
    private final Map<String, BatchContracts.Contract> shared;
    private final List<BatchContracts.Contract> loaded = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int limit;
    private boolean exhausted;
    private int firstWithStock;

    private BatchSupply(BatchContracts contracts, int season, String grade, Map<String, BatchContracts.Contract> shared) {
        this.contracts = contracts;
        this.season = season;
        this.grade = grade;
        this.shared = shared;
    }

    /**
     * The i-th candidate (loading more when needed), null after the last. More is read from the start again, twice
     * as many, keeping those not seen yet: while others book, contracts drop out of the candidates, so skipping what
     * was read could pass over some.
     */
    BatchContracts.Contract get(int i) {
        while (i >= loaded.size() && !exhausted) {
            limit = limit == 0 ? PAGE : limit * 2;
            List<BatchContracts.Contract> page = contracts.candidates(season, List.of(grade), limit);
            add(page, page.size() < limit);
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

    private void add(List<BatchContracts.Contract> page, boolean last) {
        exhausted = last;
        for (BatchContracts.Contract c : page) {
            if (c.free(grade) > 0 && seen.add(c.id)) {
                loaded.add(shared.computeIfAbsent(c.id, id -> c)); // one local copy per contract, whatever the grade
            }
        }
    }

    /** One supply per grade, shared by all references of a batch. */
    static final class PerGrade {
        private final BatchContracts contracts;
        private final int season;
        private final Map<String, BatchSupply> byGrade = new HashMap<>();
        private final Map<String, BatchContracts.Contract> shared = new HashMap<>();

        PerGrade(BatchContracts contracts, int season) {
            this.contracts = contracts;
            this.season = season;
        }

        /** Reads the first candidates of all these grades at once: a batch of several grades costs one query. */
        PerGrade preload(Collection<String> grades) {
            List<String> fresh = grades.stream().distinct().filter(g -> !byGrade.containsKey(g)).toList();
            if (fresh.size() > 1) {
                int limit = PAGE * fresh.size();
                List<BatchContracts.Contract> page = contracts.candidates(season, fresh, limit);
                for (String grade : fresh) {
                    BatchSupply supply = of(grade);
                    supply.limit = PAGE; // reading on (for this grade alone) starts at twice that
                    supply.add(page, page.size() < limit);
                }
            }
            return this;
        }

        BatchSupply of(String grade) {
            return byGrade.computeIfAbsent(grade, g -> new BatchSupply(contracts, season, g, shared));
        }

        /** The batch's local copy of a contract (read with {@code reader} if no supply has it yet; null if gone). */
        BatchContracts.Contract contract(String id, java.util.function.Function<String, BatchContracts.Contract> reader) {
            return shared.computeIfAbsent(id, reader);
        }
    }
}
