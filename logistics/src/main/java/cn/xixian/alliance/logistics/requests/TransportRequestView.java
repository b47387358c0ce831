package cn.xixian.alliance.logistics.requests;

import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.web.FieldError;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A transport request as the logistics API shows it: the request's own fields, and for a request still NEW the
 * {@code problems} that keep the current fleet from serving it (empty when it can be served), computed on read so
 * a breakdown or a new van shows at once. Requests past NEW carry no {@code problems}.
 */
public record TransportRequestView(@JsonUnwrapped TransportRequest request, List<FieldError> problems) {

    public boolean servable() {
        return problems == null || problems.isEmpty();
    }
}
