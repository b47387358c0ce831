package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.BatchContracts;
import cn.xixian.alliance.core.redorder.persistence.BookingDocument;
import cn.xixian.alliance.core.units.Weights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The batch path behind {@link RedOrderBookings#planAll} and {@link RedOrderBookings#applyAll}. Planning only reads
 * (one query for the first candidates of all the batch's grades; more only if the batch needs them). Applying a plan reads the batch's booking documents (one query: released references book
 * nothing, references with a document may hold kilograms off their plan), writes one guarded update per contract it
 * touches, and reads the booking documents once more (a release from elsewhere that raced the batch is undone).
 * Only what a contract refused, and the references with a document, are worked out one by one ({@link BatchRepair}).
 * <p>
 * Why this is idempotent without a document per reference: a contract's update carries all of the batch's entries
 * for it and is refused if any of their references is already there, so a retry of the same plan (or of part of it)
 * appends nothing twice; and before a reference gets anything beyond its plan's contracts it gets a booking
 * document, so a retry then counts what it holds on all contracts instead of appending its plan.
 */
final class BatchBookings {

    private final BatchContracts contracts;

    BatchBookings(BatchContracts contracts) {
        this.contracts = contracts;
    }

    List<Booking> planAll(int season, List<BookingRequest> requests) {
        List<BatchInput.Request> lines = BatchInput.requests(requests);
        BatchSupply.PerGrade supply = new BatchSupply.PerGrade(contracts, season)
                .preload(lines.stream().map(line -> line.grade().name()).toList());
        List<Booking> plan = new ArrayList<>();
        for (BatchInput.Request line : lines) {
            BatchSupply contractsOfGrade = supply.of(line.grade().name());
            String grade = line.grade().name();
            long left = line.grams();
            List<Booking.Allocation> allocations = new ArrayList<>();
            for (int i = contractsOfGrade.start(); left > 0; i++) {
                BatchContracts.Contract c = contractsOfGrade.get(i);
                if (c == null) {
                    break; // the season has no more of this grade: the rest stays unbooked
                }
                long qty = Math.min(left, c.free(grade));
                if (qty > 0) {
                    c.took(grade, qty);
                    left -= qty;
                    allocations.add(new Booking.Allocation(c.id, c.householdId, Weights.kg(qty)));
                }
            }
            plan.add(new Booking(line.ref(), line.grade(), season, Weights.kg(line.grams()),
                    Weights.kg(line.grams() - left), Weights.kg(left), false, List.copyOf(allocations)));
        }
        return plan;
    }

    /**
     * Applies the plan; {@code releaseContracts} gives back what a reference holds on the contracts (used when a
     * reference was released while this call booked it).
     */
    List<Booking> applyAll(int season, List<Booking> planned, Consumer<String> releaseContracts) {
        List<BatchInput.Intent> intents = BatchInput.plan(season, planned);
        Map<String, String> states = contracts.states(intents.stream().map(BatchInput.Intent::ref).toList());
        Set<String> released = new LinkedHashSet<>();
        Set<String> repair = new LinkedHashSet<>();
        Map<String, List<BatchContracts.Entry>> byContract = new LinkedHashMap<>();
        for (BatchInput.Intent intent : intents) {
            String state = states.get(intent.ref());
            if (intent.released() || BookingDocument.RELEASED.equals(state)) {
                released.add(intent.ref()); // cancelled (perhaps before it was booked): books nothing
            } else if (state != null) {
                repair.add(intent.ref()); // may hold kilograms off its plan (or was booked one by one): check each
            } else {
                for (BatchInput.Share share : intent.shares()) {
                    byContract.computeIfAbsent(share.contractId(), id -> new ArrayList<>())
                            .add(new BatchContracts.Entry(intent.ref(), intent.grade().name(), share.grams()));
                }
            }
        }
        Map<String, Map<String, BatchInput.Share>> held = new HashMap<>();
        Map<String, BatchInput.Intent> byRef = intents.stream()
                .collect(Collectors.toMap(BatchInput.Intent::ref, i -> i));
        for (Map.Entry<String, List<BatchContracts.Entry>> contract : byContract.entrySet()) {
            if (contracts.book(contract.getKey(), contract.getValue())) {
                for (BatchContracts.Entry e : contract.getValue()) {
                    BatchInput.Share planned1 = shareOn(byRef.get(e.ref()), contract.getKey());
                    held.computeIfAbsent(e.ref(), r -> new LinkedHashMap<>()).put(contract.getKey(), planned1);
                }
            } else {
                contract.getValue().forEach(e -> repair.add(e.ref())); // refused: taken meanwhile, or applied before
            }
        }
        if (!repair.isEmpty()) {
            List<BatchInput.Intent> toRepair = repair.stream().map(byRef::get).toList();
            held.putAll(new BatchRepair(contracts, season, states).run(toRepair));
        }
        releasedMeanwhile(held, released, releaseContracts);
        List<Booking> result = new ArrayList<>();
        for (BatchInput.Intent intent : intents) {
            result.add(released.contains(intent.ref()) ? releasedView(intent, season)
                    : view(intent, season, held.getOrDefault(intent.ref(), Map.of())));
        }
        return result;
    }

    /**
     * A reference released while this call booked it (a cancel from another process) may have got entries after its
     * release ran: give them back. Within one process the caller serialises booking and releasing.
     */
    private void releasedMeanwhile(Map<String, Map<String, BatchInput.Share>> held, Set<String> released,
            Consumer<String> releaseContracts) {
        List<String> booked = held.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .toList();
        contracts.states(booked).forEach((ref, state) -> {
            if (BookingDocument.RELEASED.equals(state)) {
                releaseContracts.accept(ref);
                released.add(ref);
            }
        });
    }

    private static BatchInput.Share shareOn(BatchInput.Intent intent, String contractId) {
        return intent.shares().stream().filter(s -> s.contractId().equals(contractId)).findFirst().orElseThrow();
    }

    private static Booking view(BatchInput.Intent intent, int season, Map<String, BatchInput.Share> held) {
        long booked = 0;
        List<Booking.Allocation> allocations = new ArrayList<>();
        Map<String, BatchInput.Share> inPlanOrder = new LinkedHashMap<>();
        intent.shares().stream().filter(s -> held.containsKey(s.contractId()))
                .forEach(s -> inPlanOrder.put(s.contractId(), held.get(s.contractId())));
        held.forEach(inPlanOrder::putIfAbsent); // then what was booked off the plan
        for (BatchInput.Share share : inPlanOrder.values()) {
            booked += share.grams();
            allocations.add(new Booking.Allocation(share.contractId(), share.householdId(), Weights.kg(share.grams())));
        }
        return new Booking(intent.ref(), intent.grade(), season, Weights.kg(intent.requestedGrams()), Weights.kg(booked),
                Weights.kg(Math.max(0, intent.requestedGrams() - booked)), false, List.copyOf(allocations));
    }

    private static Booking releasedView(BatchInput.Intent intent, int season) {
        return new Booking(intent.ref(), intent.grade(), season, Weights.kg(intent.requestedGrams()), Weights.kg(0),
                Weights.kg(0), true, List.of());
    }
}
