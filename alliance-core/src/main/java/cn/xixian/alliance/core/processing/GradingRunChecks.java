package cn.xixian.alliance.core.processing;

import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Everything a grading run must pass before any kilogram is taken: field constraints, a processing firm,
 * known and distinct input lots, no input above its lot's weight, and inputs = outputs + loss to the gram.
 * All problems are reported together, each naming its field.
 */
@Component
class GradingRunChecks {

    private final Validator validator;
    private final MemberService members;
    private final HarvestLotService harvestLots;
    private final long toleranceGrams;

    GradingRunChecks(Validator validator, MemberService members, HarvestLotService harvestLots,
            ProcessingProperties properties) {
        this.validator = validator;
        this.members = members;
        this.harvestLots = harvestLots;
        this.toleranceGrams = Weights.grams(properties.balanceToleranceKg());
    }

    record Checked(String processorId, Map<String, HarvestLot> lots) {
    }

    Checked check(GradingRunRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<GradingRunRequest> v : validator.validate(request)) {
            errors.add(FieldError.of(v.getPropertyPath().toString(), v.getMessage()));
        }
        String processorId = null;
        if (request.processorId() != null && !request.processorId().isBlank()) {
            Optional<Member> processor = members.find(request.processorId().strip());
            if (processor.isEmpty() || processor.get().kind() != MemberKind.PROCESSOR) {
                errors.add(FieldError.of("processorId", "names no known processing firm"));
            } else {
                processorId = processor.get().id();
            }
        }
        Map<String, HarvestLot> lots = new HashMap<>();
        if (errors.isEmpty()) {
            checkInputs(request, lots, errors);
            checkBalance(request, toleranceGrams, errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
        return new Checked(processorId, lots);
    }

    String processorIdOf(String ref) {
        return members.idOf(ref);
    }

    private void checkInputs(GradingRunRequest request, Map<String, HarvestLot> lots, List<FieldError> errors) {
        for (int i = 0; i < request.inputs().size(); i++) {
            GradingRunRequest.Input in = request.inputs().get(i);
            String field = "inputs[" + i + "]";
            String lotId = in.harvestLotId().strip();
            if (lots.containsKey(lotId)) {
                errors.add(FieldError.of(field + ".harvestLotId", "names a lot already listed; list each lot once"));
                continue;
            }
            HarvestLot lot;
            try {
                lot = harvestLots.get(lotId);
            } catch (NotFoundException e) {
                errors.add(FieldError.of(field + ".harvestLotId", "names no known harvest lot"));
                continue;
            }
            lots.put(lotId, lot);
            if (in.weightKg().compareTo(lot.weightKg()) > 0) {
                errors.add(FieldError.of(field + ".weightKg", "is more than the lot weighs (" + lot.weightKg() + " kg)"));
            }
        }
    }

    /** Whole grams on both sides, within the configured tolerance (0: exactly equal). */
    private static void checkBalance(GradingRunRequest request, long toleranceGrams, List<FieldError> errors) {
        long in = request.inputs().stream().mapToLong(i -> Weights.grams(i.weightKg())).sum();
        long out = request.outputs().stream().mapToLong(o -> Weights.grams(o.weightKg())).sum();
        long loss = Weights.grams(request.lossKg());
        if (Math.abs(in - out - loss) > toleranceGrams) {
            String why = "inputs " + Weights.kg(in) + " kg must equal outputs " + Weights.kg(out) + " kg + loss "
                    + Weights.kg(loss) + " kg (off by " + Weights.kg(in - out - loss) + " kg)";
            errors.add(FieldError.of("inputs", why));
            errors.add(FieldError.of("outputs", why));
            errors.add(FieldError.of("lossKg", why));
        }
    }
}
