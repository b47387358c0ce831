package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a new cold store in one pass, so one 400 names every bad field: Bean Validation (nested fields as
 * {@code chambers[0].capacityTonnes}), then what it cannot see (unknown owner, a chamber code used twice).
 */
final class ColdStoreChecks {

    private ColdStoreChecks() {
    }

    static Member check(ColdStoreRequest request, Validator validator, MemberService members) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ColdStoreRequest> v : validator.validate(request)) {
            errors.add(FieldError.of(v.getPropertyPath().toString().replace("<list element>", ""), v.getMessage()));
        }
        Optional<Member> owner = members.find(request.ownerId());
        if (request.ownerId() != null && !request.ownerId().isBlank() && owner.isEmpty()) {
            errors.add(FieldError.of("ownerId", "names no known alliance member"));
        }
        if (request.chambers() != null) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < request.chambers().size(); i++) {
                ChamberRequest c = request.chambers().get(i);
                if (c == null) {
                    errors.add(FieldError.of("chambers[" + i + "]", "must not be null"));
                } else if (c.code() != null && !codes.add(c.code().strip())) {
                    errors.add(FieldError.of("chambers[" + i + "].code", "is used twice in this store"));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
        return owner.orElseThrow();
    }
}
