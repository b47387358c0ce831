package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.BatchContracts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The references of a batch that cannot simply be appended with their contract: the contract refused (its capacity
 * was taken meanwhile, or the plan was applied before and this is a retry), or the reference was booked before.
 * Each is worked out from what the contracts say it holds (the truth after a crash): a contract that holds it already
 * is skipped; the others of its plan get what they still can; the rest is booked off the plan in the policy's order.
 * A reference never gets more than its planned (and requested) kilograms, counted over all contracts — assuming one
 * writer per reference at a time, which the sales module ensures.
 * <p>
 * The shares are still written one update per contract where they fit; only what such an update is refused (others
 * took the contract meanwhile) goes reference by reference. Before anything is booked off the plan the reference gets
 * a booking document ({@code BATCH}): a later apply of the same plan then sees it may hold kilograms elsewhere and
 * comes through here rather than appending its plan.
 */
final class BatchRepair {

    /** Refusals of one contract in a row that are retried (each after reading what the contract has left). */
    private static final int ATTEMPTS = 20;

    private final BatchContracts contracts;
    private final int season;
    private final Map<String, String> states;
    private final BatchSupply.PerGrade supply;
    private Map<String, Map<String, BatchInput.Share>> held;

    /** Grams of one reference to book on one contract. */
    private record Want(BatchInput.Intent intent, long grams) {
    }

    /** {@code states}: the batch's references that already have a booking document, with its state. */
    BatchRepair(BatchContracts contracts, int season, Map<String, String> states) {
        this.contracts = contracts;
        this.season = season;
        this.states = states;
        this.supply = new BatchSupply.PerGrade(contracts, season);
    }

    /** Books what the references still lack; what each holds afterwards, per contract. */
    Map<String, Map<String, BatchInput.Share>> run(List<BatchInput.Intent> intents) {
        held = BatchInput.shares(contracts.holdings(intents.stream().map(BatchInput.Intent::ref).toList()));
        intents.forEach(i -> held.computeIfAbsent(i.ref(), r -> new LinkedHashMap<>()));
        Map<String, List<Want>> onPlan = new LinkedHashMap<>();
        for (BatchInput.Intent intent : intents) {
            long room = lacking(intent);
            for (BatchInput.Share share : intent.shares()) {
                long grams = Math.min(share.grams(), room);
                if (grams > 0 && !held.get(intent.ref()).containsKey(share.contractId())) {
                    onPlan.computeIfAbsent(share.contractId(), id -> new ArrayList<>()).add(new Want(intent, grams));
                    room -= grams;
                }
            }
        }
        onPlan.forEach((id, wants) -> {
            BatchContracts.Contract c = contract(id);
            if (c != null) {
                bookAll(c, fitting(c, wants));
            }
        });
        List<BatchInput.Intent> offPlan = intents.stream().filter(i -> lacking(i) > 0).toList();
        contracts.mark(season, offPlan.stream().filter(i -> !states.containsKey(i.ref()))
                .map(i -> new BatchContracts.Mark(i.ref(), i.grade(), i.requestedGrams())).toList());
        Map<BatchContracts.Contract, List<Want>> elsewhere = new LinkedHashMap<>();
        for (BatchInput.Intent intent : offPlan) { // distributed like a plan, then one update per contract
            long need = lacking(intent);
            BatchSupply ofGrade = supply.of(intent.grade().name());
            for (int i = ofGrade.start(); need > 0; i++) {
                BatchContracts.Contract c = ofGrade.get(i);
                if (c == null) {
                    break;
                }
                long grams = held.get(intent.ref()).containsKey(c.id) ? 0 : Math.min(need, c.free(intent.grade().name()));
                if (grams > 0) {
                    c.took(intent.grade().name(), grams);
                    elsewhere.computeIfAbsent(c, x -> new ArrayList<>()).add(new Want(intent, grams));
                    need -= grams;
                }
            }
        }
        elsewhere.forEach(this::bookAll);
        offPlan.forEach(this::oneByOne); // what a refused update and its contract's second look left over
        return held;
    }

    /** The wants (in order) as far as the contract's local copy has room, drawn down from it. */
    private List<Want> fitting(BatchContracts.Contract c, List<Want> wants) {
        List<Want> fit = new ArrayList<>();
        for (Want w : wants) {
            long grams = Math.min(w.grams(), c.free(w.intent().grade().name()));
            if (grams > 0) {
                c.took(w.intent().grade().name(), grams);
                fit.add(new Want(w.intent(), grams));
            }
        }
        return fit;
    }

    /** One update for all the wants (already drawn down locally); if refused, each on its own after a fresh look. */
    private void bookAll(BatchContracts.Contract c, List<Want> wants) {
        if (wants.isEmpty()) {
            return;
        }
        List<BatchContracts.Entry> entries = wants.stream()
                .map(w -> new BatchContracts.Entry(w.intent().ref(), w.intent().grade().name(), w.grams())).toList();
        if (contracts.book(c.id, entries)) {
            wants.forEach(w -> held.get(w.intent().ref()).put(c.id, new BatchInput.Share(c.id, c.householdId, w.grams())));
            return;
        }
        if (refresh(c)) {
            wants.forEach(w -> take(c, w.intent(), w.grams()));
        }
    }

    /** Books what the reference still lacks, contract by contract down the policy's order. */
    private void oneByOne(BatchInput.Intent intent) {
        BatchSupply ofGrade = supply.of(intent.grade().name());
        for (int i = ofGrade.start(); lacking(intent) > 0; i++) {
            BatchContracts.Contract c = ofGrade.get(i);
            if (c == null) {
                return; // nothing more of the grade this season: the rest stays unbooked
            }
            if (!held.get(intent.ref()).containsKey(c.id)) {
                take(c, intent, lacking(intent));
            }
        }
    }

    /**
     * Books up to {@code wanted} grams of the reference on the contract, as much as it has left; a refusal is
     * retried after reading the contract again (others book it too).
     */
    private void take(BatchContracts.Contract c, BatchInput.Intent intent, long wanted) {
        String grade = intent.grade().name();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long grams = Math.min(wanted, c.free(grade));
            if (grams <= 0) {
                return;
            }
            if (contracts.book(c.id, List.of(new BatchContracts.Entry(intent.ref(), grade, grams)))) {
                c.took(grade, grams);
                held.get(intent.ref()).put(c.id, new BatchInput.Share(c.id, c.householdId, grams));
                return;
            }
            long before = c.free(grade);
            if (!refresh(c) || c.free(grade) == before) {
                return; // gone, or refused with its capacity unchanged: it holds this reference already (a second writer)
            }
        }
    }

    /** Reads the contract again into its local copy; false if it is gone. */
    private boolean refresh(BatchContracts.Contract c) {
        BatchContracts.Contract now = contracts.reload(c.id);
        c.active = now != null && now.active;
        c.available.clear();
        if (now != null) {
            c.available.putAll(now.available);
        }
        return now != null;
    }

    private long lacking(BatchInput.Intent intent) {
        long target = Math.min(intent.plannedGrams(), intent.requestedGrams());
        return target - held.get(intent.ref()).values().stream().mapToLong(BatchInput.Share::grams).sum();
    }

    private BatchContracts.Contract contract(String id) {
        return supply.contract(id, contracts::reload);
    }
}
