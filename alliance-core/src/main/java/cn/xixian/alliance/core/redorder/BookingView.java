package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.BookingDocument;
import cn.xixian.alliance.core.redorder.persistence.BookingStore;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.units.Weights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A booking as its caller sees it, read back from the contracts that hold its entries (the source of truth). */
@Component
class BookingView {

    private final BookingStore bookings;
    private final RedOrderStore store;

    BookingView(BookingStore bookings, RedOrderStore store) {
        this.bookings = bookings;
        this.store = store;
    }

    Booking of(String ref) {
        BookingDocument header = bookings.find(ref).orElse(null);
        Grade grade = header.grade() == null ? null : Grade.valueOf(header.grade());
        BigDecimal requested = Weights.kg(header.requestedGrams());
        if (BookingDocument.RELEASED.equals(header.state())) { // a cancelled sale holds nothing (README, Red orders)
            return new Booking(ref, grade, header.season(), requested, Weights.kg(0), Weights.kg(0), true, List.of());
        }
        List<Booking.Allocation> allocations = new ArrayList<>();
        long booked = 0;
        for (RedOrderDocument contract : withEntries(ref)) {
            for (RedOrderDocument.BookingEntry entry : contract.bookings()) {
                if (entry.ref().equals(ref)) {
                    allocations.add(new Booking.Allocation(contract.id(), contract.householdId(), Weights.kg(entry.grams())));
                    booked += entry.grams();
                }
            }
        }
        return new Booking(ref, grade, header.season(), requested, Weights.kg(booked),
                Weights.kg(header.requestedGrams() - booked), false, allocations);
    }

    /** A reference without a booking document (booked by the batch path), from its entries alone; empty if none. */
    Optional<Booking> ofEntries(String ref) {
        List<Booking.Allocation> allocations = new ArrayList<>();
        long booked = 0;
        Grade grade = null;
        int season = 0;
        for (RedOrderDocument contract : withEntries(ref)) {
            for (RedOrderDocument.BookingEntry entry : contract.bookings()) {
                if (entry.ref().equals(ref)) {
                    allocations.add(new Booking.Allocation(contract.id(), contract.householdId(), Weights.kg(entry.grams())));
                    booked += entry.grams();
                    grade = Grade.valueOf(entry.grade());
                    season = contract.season();
                }
            }
        }
        return allocations.isEmpty() ? Optional.empty() : Optional.of(new Booking(ref, grade, season, Weights.kg(booked),
                Weights.kg(booked), Weights.kg(0), false, allocations));
    }

    private List<RedOrderDocument> withEntries(String ref) {
        return store.find(Query.query(Criteria.where("bookings.ref").is(ref)).with(Sort.by("_id")));
    }
}
