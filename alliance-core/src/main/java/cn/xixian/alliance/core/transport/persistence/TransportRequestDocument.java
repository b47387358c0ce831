package cn.xixian.alliance.core.transport.persistence;

import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.core.units.Weights;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored transport request; the load as whole grams like every stored weight. */
@Document(TransportRequestDocument.COLLECTION)
public class TransportRequestDocument {

    public static final String COLLECTION = "transport_requests";

    @Id
    private String id;
    private String source;
    private String sourceRef;
    private TransportKind kind;
    private Place from;
    private Place to;
    private long weightGrams;
    private boolean refrigerated;
    private TimeWindow pickupWindow;
    private TimeWindow deliveryWindow;
    private int pickupServiceMinutes;
    private int deliveryServiceMinutes;
    private boolean urgent;
    private String notes;
    private TransportStatus status;
    private Instant createdAt;

    protected TransportRequestDocument() {
    }

    public static TransportRequestDocument of(TransportRequest r) {
        TransportRequestDocument d = new TransportRequestDocument();
        d.id = r.id();
        d.source = r.source();
        d.sourceRef = r.sourceRef();
        d.kind = r.kind();
        d.from = r.from();
        d.to = r.to();
        d.weightGrams = Weights.grams(r.weightKg());
        d.refrigerated = r.refrigerated();
        d.pickupWindow = r.pickupWindow();
        d.deliveryWindow = r.deliveryWindow();
        d.pickupServiceMinutes = r.pickupServiceMinutes();
        d.deliveryServiceMinutes = r.deliveryServiceMinutes();
        d.urgent = r.urgent();
        d.notes = r.notes();
        d.status = r.status();
        d.createdAt = r.createdAt();
        return d;
    }

    public TransportRequest toRequest() {
        return new TransportRequest(id, source, sourceRef, kind, from, to, Weights.kg(weightGrams), refrigerated,
                pickupWindow, deliveryWindow, pickupServiceMinutes, deliveryServiceMinutes, urgent, notes, status,
                createdAt);
    }
}
