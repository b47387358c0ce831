package cn.xixian.alliance.core.redorder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The references of a batch that cannot simply be appended with their contract: the contract refused (its capacity
 * was taken meanwhile, or the plan was applied before and this is a retry), or the reference was booked before.
 * Each is worked out on its own from what the contracts say it holds (the truth after a crash): a contract that holds
 * it already is skipped; the others of its plan get what they still can; the rest is booked off the plan in the
 * policy's order. A reference never gets more than its planned (and requested) kilograms, counted over all
 * contracts — assuming one writer per reference at a time, which the sales module ensures.
 * <p>
 * Before anything is booked off the plan the reference gets a booking document ({@code BATCH}): a later apply of
 * the same plan then sees it may hold kilograms elsewhere and comes through here rather than appending its plan.
 */
final class BatchRepair {

    /** Refusals of one contract in a row that are retried (each after reading what the contract has left). */
    private static final int ATTEMPTS = 20;

    private final BatchContracts contracts;
    private final int season;
    private final Map<String, String> states;
    private final BatchSupply.PerGrade supply;
    private final Map<String, BatchContracts.Contract> known = new HashMap<>();

    /** {@code states}: the batch's references that already have a booking document, with its state. */
    BatchRepair(BatchContracts contracts, int season, Map<String, String> states) {
        this.contracts = contracts;
        this.season = season;
        this.states = states;
        this.supply = new BatchSupply.PerGrade(contracts, season);
    }

    /** Books what the references still lack; what each holds afterwards, per contract. */
    Map<String, Map<String, BatchInput.Share>> run(List<BatchInput.Intent> intents) {
        Map<String, Map<String, BatchInput.Share>> held = contracts.holdings(intents.stream().map(BatchInput.Intent::ref).toList());
        List<BatchInput.Intent> offPlan = new ArrayList<>();
        Map<String, Long> lacking = new HashMap<>();
        for (BatchInput.Intent intent : intents) {
            Map<String, BatchInput.Share> has = held.computeIfAbsent(intent.ref(), r -> new LinkedHashMap<>());
            long target = Math.min(intent.plannedGrams(), intent.requestedGrams());
            long holds = has.values().stream().mapToLong(BatchInput.Share::grams).sum();
            for (BatchInput.Share share : intent.shares()) {
                if (holds >= target) {
                    break;
                }
                BatchContracts.Contract c = has.containsKey(share.contractId()) ? null : contract(share.contractId());
                if (c != null) {
                    holds += take(c, intent, Math.min(share.grams(), target - holds), has);
                }
            }
            if (holds < target) {
                offPlan.add(intent);
                lacking.put(intent.ref(), target - holds);
            }
        }
        contracts.mark(season, offPlan.stream().filter(i -> !states.containsKey(i.ref())).toList());
        for (BatchInput.Intent intent : offPlan) {
            Map<String, BatchInput.Share> has = held.get(intent.ref());
            long need = lacking.get(intent.ref());
            BatchSupply ofGrade = supply.of(intent.grade().name());
            for (int i = ofGrade.start(); need > 0; i++) {
                BatchContracts.Contract candidate = ofGrade.get(i);
                if (candidate == null) {
                    break; // nothing more of the grade this season: the rest stays unbooked
                }
                if (!has.containsKey(candidate.id)) {
                    need -= take(known.computeIfAbsent(candidate.id, id -> candidate), intent, need, has);
                }
            }
        }
        return held;
    }

    private BatchContracts.Contract contract(String id) {
        return known.computeIfAbsent(id, contracts::reload);
    }

    /**
     * Books up to {@code wanted} grams of the reference on the contract, as much as it has left; a refusal is
     * retried after reading the contract again (others book it too). The grams booked.
     */
    private long take(BatchContracts.Contract c, BatchInput.Intent intent, long wanted,
            Map<String, BatchInput.Share> has) {
        String grade = intent.grade().name();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long qty = Math.min(wanted, c.free(grade));
            if (qty <= 0) {
                return 0;
            }
            if (contracts.book(c.id, List.of(new BatchContracts.Entry(intent.ref(), grade, qty)))) {
                c.took(grade, qty);
                has.put(c.id, new BatchInput.Share(c.id, c.householdId, qty));
                return qty;
            }
            BatchContracts.Contract now = contracts.reload(c.id);
            if (now == null) {
                c.active = false; // gone
                return 0;
            }
            if (now.active == c.active && now.free(grade) == c.free(grade)) {
                return 0; // refused with its capacity unchanged: it holds this reference already (a second writer)
            }
            c.active = now.active;
            c.available.clear();
            c.available.putAll(now.available);
        }
        return 0;
    }
}
