package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.BookingDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.units.Weights;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A booking as its caller sees it, read back from the contracts that hold its entries (the source of truth). */
@Component
class BookingView {

    private final MongoTemplate mongo;
    private final RedOrderStore store;

    BookingView(MongoTemplate mongo, RedOrderStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    Booking of(String ref) {
        BookingDocument header = mongo.findById(ref, BookingDocument.class);
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
        boolean released = BookingDocument.RELEASED.equals(header.state());
        return new Booking(ref, Grade.valueOf(header.grade()), header.season(), Weights.kg(header.requestedGrams()),
                Weights.kg(booked), Weights.kg(header.requestedGrams() - booked), released, allocations);
    }

    long bookedGrams(String ref) {
        return withEntries(ref).stream().flatMap(c -> c.bookings().stream()).filter(b -> b.ref().equals(ref))
                .mapToLong(RedOrderDocument.BookingEntry::grams).sum();
    }

    private List<RedOrderDocument> withEntries(String ref) {
        return store.find(Query.query(Criteria.where("bookings.ref").is(ref)).with(Sort.by("_id")));
    }
}
