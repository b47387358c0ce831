package cn.xixian.alliance.core.processing;

import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.processing.persistence.GradedLotDocument;
import cn.xixian.alliance.core.processing.persistence.GradingRunDocument;
import cn.xixian.alliance.core.processing.persistence.LotLedger;
import cn.xixian.alliance.core.processing.persistence.ProcessingStore;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Records grading runs. Without transactions the run is made safe step by step: the run is stored first
 * (RESERVING), then each input lot's kilograms are taken with one conditional update each; if a lot has
 * too little left, the kilograms this run already took are given back and the run is REFUSED (409).
 * Only then are the graded lots written and the run marked COMPLETE.
 */
@Service
public class GradingRunService {

    /** Far longer than any run takes; a run RESERVING for longer was cut off. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(10);

    private final ProcessingStore store;
    private final GradingRunChecks checks;
    private final LotLedger ledger;
    private final CurrentUser currentUser;

    GradingRunService(ProcessingStore store, GradingRunChecks checks, LotLedger ledger, CurrentUser currentUser) {
        this.store = store;
        this.checks = checks;
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    public GradingRun record(GradingRunRequest request) {
        GradingRunChecks.Checked checked = checks.check(request);
        recoverAbandoned();
        String runId = new ObjectId().toHexString();
        List<GradingRunDocument.Input> inputs = new ArrayList<>();
        for (GradingRunRequest.Input in : request.inputs()) {
            HarvestLot lot = checked.lots().get(in.harvestLotId().strip());
            inputs.add(new GradingRunDocument.Input(lot.id(), lot.householdId(), lot.cooperativeId(),
                    Weights.grams(in.weightKg())));
        }
        List<GradingRunDocument.Output> outputs = request.outputs().stream()
                .map(o -> new GradingRunDocument.Output(new ObjectId().toHexString(), o.grade(),
                        Weights.grams(o.weightKg()), o.packageType(), o.boxCount()))
                .toList();
        String externalRef = request.externalRef() == null || request.externalRef().isBlank() ? "RUN-" + runId
                : request.externalRef().strip();
        GradingRunDocument run = new GradingRunDocument(runId, checked.processorId(), request.date(), inputs, outputs,
                Weights.grams(request.lossKg()), externalRef, request.notes(), Instant.now(), currentUser.username());
        GradingRunDocument earlier = insertOrFindEarlier(run);
        if (earlier != null) {
            return earlier.toRun();
        }
        reserveAll(run, checked);
        store.insertGradedLots(outputs.stream().map(o -> new GradedLotDocument(o.gradedLotId(), runId, run.getProcessorId(),
                run.getDate(), o.grade(), o.grams(), o.packageType(), o.boxCount())).toList());
        setStatus(runId, GradingRunStatus.COMPLETE);
        run.setStatus(GradingRunStatus.COMPLETE);
        return run.toRun();
    }

    /**
     * Inserts the run; when the processor already has a run with this externalRef the client is retrying:
     * a COMPLETE run is returned as it is (null means this run was inserted), one still RESERVING is 409,
     * and a REFUSED one gives up its externalRef (renamed aside, only while it is still REFUSED) so the
     * retry can be graded anew.
     */
    private GradingRunDocument insertOrFindEarlier(GradingRunDocument run) {
        String ref = run.getExternalRef();
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                store.insertRun(run);
                return null;
            } catch (DuplicateKeyException duplicate) {
                GradingRunDocument earlier = store.findRunByRef(run.getProcessorId(), ref).orElse(null);
                if (earlier == null) {
                    continue; // moved aside meanwhile by another retry: insert again
                }
                switch (earlier.getStatus()) {
                    case COMPLETE -> {
                        return earlier;
                    }
                    case RESERVING -> throw new ConflictException("a run with externalRef " + ref
                            + " is in progress for this processor");
                    case REFUSED -> store.moveRefusedRefAside(earlier.getId(), ref);
                }
            }
        }
        throw new ConflictException("a run with externalRef " + ref + " is being recorded concurrently; retry");
    }

    private void reserveAll(GradingRunDocument run, GradingRunChecks.Checked checked) {
        List<String> taken = new ArrayList<>();
        for (GradingRunDocument.Input in : run.getInputs()) {
            long lotGrams = Weights.grams(checked.lots().get(in.harvestLotId()).weightKg());
            if (!ledger.reserve(in.harvestLotId(), lotGrams, run.getId(), in.grams())) {
                taken.forEach(lotId -> ledger.release(lotId, run.getId()));
                setStatus(run.getId(), GradingRunStatus.REFUSED);
                throw new ConflictException("harvest lot " + in.harvestLotId() + " has only "
                        + Weights.kg(ledger.remaining(in.harvestLotId(), lotGrams)) + " kg left to grade, not "
                        + Weights.kg(in.grams()) + " kg");
            }
            taken.add(in.harvestLotId());
        }
    }

    /**
     * A run still RESERVING long after it started was cut off (the app stopped mid-run): if its graded lots
     * were all written it is complete; otherwise the kilograms it took are given back and it is REFUSED.
     */
    void recoverAbandoned() {
        for (GradingRunDocument run : store.reservingSince(Instant.now().minus(ABANDONED_AFTER))) {
            long written = store.countGradedLotsOf(run.getId());
            if (written == run.getOutputs().size()) {
                setStatus(run.getId(), GradingRunStatus.COMPLETE);
            } else {
                run.getInputs().forEach(in -> ledger.release(in.harvestLotId(), run.getId()));
                store.removeGradedLotsOf(run.getId());
                setStatus(run.getId(), GradingRunStatus.REFUSED);
            }
        }
    }

    private void setStatus(String runId, GradingRunStatus status) {
        store.setStatus(runId, status);
    }

    public GradingRun get(String id) {
        return store.findRun(id).orElseThrow(() -> new NotFoundException("grading run", id)).toRun();
    }

    public PageResponse<GradingRun> search(String processorId, GradingRunStatus status, Pageable page) {
        return store.searchRuns(processorId == null ? null : checks.processorIdOf(processorId), status, page);
    }

    public GradedLot gradedLot(String id) {
        return store.findGradedLot(id).orElseThrow(() -> new NotFoundException("graded lot", id)).toGradedLot();
    }

    /** Kilograms of a harvest lot no grading run has taken yet. */
    public java.math.BigDecimal remainingKg(HarvestLot lot) {
        return Weights.kg(ledger.remaining(lot.id(), Weights.grams(lot.weightKg())));
    }
}
