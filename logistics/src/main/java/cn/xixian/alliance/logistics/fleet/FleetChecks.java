package cn.xixian.alliance.logistics.fleet;

import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every rule a van or driver registration must meet, checked together so one 400 names every bad field. */
final class FleetChecks {

    private final Validator validator;
    private final FleetService fleet;

    FleetChecks(Validator validator, FleetService fleet) {
        this.validator = validator;
        this.fleet = fleet;
    }

    void van(VanRequest request) {
        List<FieldError> errors = beanErrors(request);
        Place depot = request.depot();
        if (depot != null && (Math.abs(depot.lat()) > 90 || Math.abs(depot.lon()) > 180
                || (depot.lat() == 0 && depot.lon() == 0))) {
            errors.add(FieldError.of("depot", "needs a real latitude and longitude"));
        }
        fail(errors);
    }

    /** Checks a driver and returns the ids of the vans they may drive (the request may name them by code). */
    List<String> driver(DriverRequest request) {
        List<FieldError> errors = beanErrors(request);
        if (request.shiftStart() != null && request.shiftEnd() != null) {
            Duration span = Duration.between(request.shiftStart(), request.shiftEnd());
            if (span.isNegative() || span.isZero()) {
                errors.add(FieldError.of("shiftEnd", "must be after shiftStart (shifts end on the day they start)"));
            } else if (request.maxShiftHours() != null && request.maxShiftHours() * 60 > span.toMinutes()) {
                errors.add(FieldError.of("maxShiftHours", "must not exceed the shift's length of "
                        + span.toMinutes() / 60.0 + " hours"));
            }
        }
        Set<String> vanIds = new LinkedHashSet<>();
        if (request.vanIds() != null) {
            for (int i = 0; i < request.vanIds().size(); i++) {
                String ref = request.vanIds().get(i);
                if (ref == null || ref.isBlank()) {
                    continue; // already reported by Bean Validation
                }
                Optional<Van> van = fleet.findVan(ref.strip());
                if (van.isEmpty()) {
                    errors.add(FieldError.of("vanIds[" + i + "]", "names no known van: " + ref));
                } else {
                    vanIds.add(van.get().id());
                }
            }
        }
        fail(errors);
        return List.copyOf(vanIds);
    }

    private <T> List<FieldError> beanErrors(T request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            errors.add(FieldError.of(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()));
        }
        return errors;
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
    }
}
