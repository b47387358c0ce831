package cn.xixian.alliance.ecommerce.channels.jd;

import cn.xixian.alliance.ecommerce.channels.mapping.ChannelErrors;
import cn.xixian.alliance.ecommerce.channels.mapping.ChannelSteps;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** JD orders (webhook, poller page, replay) to the canonical route. */
@Component
class JdRoute extends RouteBuilder {

    private final ChannelSteps steps;
    private final JdMapper mapper;

    JdRoute(ChannelSteps steps, JdMapper mapper) {
        this.steps = steps;
        this.mapper = mapper;
    }

    @Override
    public void configure() {
        from(SalesEndpoints.channel(OrderFormat.JD)).routeId("channel-jd")
                .routeConfigurationId(ChannelErrors.ID)
                .process(steps.mapJson(mapper)).id("jd-map")
                .filter(simple("${body.size()} > 0"))
                    .to(SalesEndpoints.STORE_ORDERS).id("jd-intake")
                .end()
                .process(steps::refuseRejectedSingle).id("jd-refuse-rejected");
    }
}
