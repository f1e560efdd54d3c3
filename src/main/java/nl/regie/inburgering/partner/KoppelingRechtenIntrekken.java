package nl.regie.inburgering.partner;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.identiteit.Rollen;

/**
 * Partners, COA and DUO hold no engine authorizations: the entry points that serve them decide and act as the
 * application. An installation that granted them before (group {@code partner} had process definition and instance
 * rights) has them stored; they are revoked at every start, after the roles' grants (idempotent).
 */
@Component
public class KoppelingRechtenIntrekken {

    private static final Logger LOG = LoggerFactory.getLogger(KoppelingRechtenIntrekken.class);

    private final AuthorizationService authorizationService;

    public KoppelingRechtenIntrekken(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void trekIn() {
        List<Authorization> rechten = authorizationService.createAuthorizationQuery()
                .groupIdIn(Rollen.KOPPELINGEN.toArray(String[]::new)).list();
        rechten.forEach(a -> authorizationService.deleteAuthorization(a.getId()));
        if (!rechten.isEmpty()) {
            LOG.info("{} engine-autorisaties van koppelingen (partner, coa, duo) ingetrokken", rechten.size());
        }
    }
}
