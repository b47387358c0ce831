package cn.xixian.alliance.core.technical;

import org.springframework.stereotype.Component;

/**
 * Records a visit that names a red order on that contract. Until the red-order service offers this, the
 * red order id is kept on the visit as a plain reference.
 */
@Component
class GuidanceVisitLink {

    void recordVisit(FieldVisit visit) {
        // No red-order service yet: nothing to record beyond the reference on the visit.
    }
}
