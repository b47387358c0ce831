package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.BatchContracts;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The batch path's input, checked all at once (every error of the batch in one 400, fields named by their place in
 * the list, like {@code requests[3].kg}), turned into grams.
 */
final class BatchInput {

    /** One request to plan: {@code grams} of {@code grade} under {@code ref}. */
    record Request(String ref, Grade grade, long grams) {
    }

    /** One planned booking to apply: its shares on contracts; {@code released} when the plan says it holds nothing. */
    record Intent(String ref, Grade grade, long requestedGrams, boolean released, List<Share> shares) {

        long plannedGrams() {
            return shares.stream().mapToLong(Share::grams).sum();
        }
    }

    /** Grams of a reference planned on (or held by) one contract. */
    record Share(String contractId, String householdId, long grams) {
    }

    /** The holdings the contracts report, as shares. */
    static java.util.Map<String, java.util.Map<String, Share>> shares(
            java.util.Map<String, java.util.Map<String, BatchContracts.Held>> held) {
        java.util.Map<String, java.util.Map<String, Share>> shares = new java.util.HashMap<>();
        held.forEach((ref, byContract) -> {
            java.util.Map<String, Share> of = new java.util.LinkedHashMap<>();
            byContract.forEach((id, h) -> of.put(id, new Share(h.contractId(), h.householdId(), h.grams())));
            shares.put(ref, of);
        });
        return shares;
    }

    /** A billion kilograms: far beyond any sale, and safely within a long of grams. */
    private static final BigDecimal TOO_MUCH = BigDecimal.TEN.pow(9);

    private BatchInput() {
    }

    static List<Request> requests(List<BookingRequest> requests) {
        if (requests == null) {
            throw new InvalidInputException("requests", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        List<Request> valid = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            BookingRequest r = requests.get(i);
            String at = "requests[" + i + "]";
            if (r == null) {
                errors.add(FieldError.of(at, "is required"));
                continue;
            }
            boolean ok = ref(r.bookingRef(), at, refs, errors);
            if (r.grade() == null) {
                errors.add(FieldError.of(at + ".grade", "is required"));
                ok = false;
            }
            long grams = grams(r.kg(), at + ".kg", errors);
            if (ok && grams > 0) {
                valid.add(new Request(r.bookingRef(), r.grade(), grams));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return valid;
    }

    static List<Intent> plan(int season, List<Booking> planned) {
        if (planned == null) {
            throw new InvalidInputException("planned", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        List<Intent> valid = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Booking b = planned.get(i);
            String at = "planned[" + i + "]";
            if (b == null) {
                errors.add(FieldError.of(at, "is required"));
                continue;
            }
            int before = errors.size();
            ref(b.bookingRef(), at, refs, errors);
            if (b.released()) { // holds nothing whatever else it says (a reference cancelled before it was booked has 0 kg)
                if (errors.size() == before) {
                    long requested = b.requestedKg() == null || b.requestedKg().signum() <= 0
                            || b.requestedKg().stripTrailingZeros().scale() > 3 ? 0 : Weights.grams(b.requestedKg().stripTrailingZeros());
                    valid.add(new Intent(b.bookingRef(), b.grade(), requested, true, List.of()));
                }
                continue;
            }
            long requested = grams(b.requestedKg(), at + ".requestedKg", errors);
            if (b.grade() == null) {
                errors.add(FieldError.of(at + ".grade", "is required"));
            }
            if (b.season() != season) {
                errors.add(FieldError.of(at + ".season", "is not the season being applied (" + season + ")"));
            }
            List<Share> shares = shares(b, at, errors);
            if (errors.size() == before && shares.stream().mapToLong(Share::grams).sum() > requested) {
                errors.add(FieldError.of(at + ".bookings", "add up to more than requestedKg"));
            }
            if (errors.size() == before) {
                valid.add(new Intent(b.bookingRef(), b.grade(), requested, false, shares));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return valid;
    }

    private static List<Share> shares(Booking b, String at, List<FieldError> errors) {
        List<Share> shares = new ArrayList<>();
        if (b.bookings() == null) {
            return shares;
        }
        Set<String> contracts = new HashSet<>();
        for (int j = 0; j < b.bookings().size(); j++) {
            Booking.Allocation a = b.bookings().get(j);
            String here = at + ".bookings[" + j + "]";
            if (a == null || a.redOrderId() == null || a.redOrderId().isBlank()) {
                errors.add(FieldError.of(here + ".redOrderId", "is required"));
                continue;
            }
            if (!contracts.add(a.redOrderId())) {
                errors.add(FieldError.of(here + ".redOrderId", "appears twice for one reference"));
            }
            long grams = grams(a.weightKg(), here + ".weightKg", errors);
            if (grams > 0) {
                shares.add(new Share(a.redOrderId(), a.householdId(), grams));
            }
        }
        return shares;
    }

    private static boolean ref(String ref, String at, Set<String> seen, List<FieldError> errors) {
        if (ref == null || ref.isBlank() || ref.length() > 200) {
            errors.add(FieldError.of(at + ".bookingRef", "is required (at most 200 characters)"));
            return false;
        }
        if (!seen.add(ref)) {
            errors.add(FieldError.of(at + ".bookingRef", "appears twice in the batch"));
            return false;
        }
        return true;
    }

    private static long grams(BigDecimal kg, String field, List<FieldError> errors) {
        if (kg == null || kg.signum() <= 0 || kg.stripTrailingZeros().scale() > 3 || kg.compareTo(TOO_MUCH) >= 0) {
            errors.add(FieldError.of(field, "must be positive, to the gram at most"));
            return 0;
        }
        return Weights.grams(kg.stripTrailingZeros());
    }
}
