package nl.regie.inburgering.duo;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.duo.generated.notificatie.model.Notificatie;
import nl.regie.inburgering.engine.ProcesVariabelen;

/**
 * Stores a checked DUO notification and starts its process in one transaction: either both or neither (then DUO gets
 * a 5xx and sends again). The same {@code berichtId} again finds the stored one: one effect, the same answer.
 */
@Service
public class DuoNotificatieOntvangst {

    public static final String PROCES = "duo-notificatie";

    private final DuoNotificatieRepository notificaties;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactie;

    public DuoNotificatieOntvangst(DuoNotificatieRepository notificaties, RuntimeService runtimeService,
                                   TransactionTemplate transactie) {
        this.notificaties = notificaties;
        this.runtimeService = runtimeService;
        this.transactie = transactie;
    }

    /** Returns the stored notification (new, or the one stored earlier under this berichtId). */
    public DuoNotificatie ontvang(String berichtId, String bron, String doel, String gemeente, Notificatie n) {
        Optional<DuoNotificatie> bekend = notificaties.findByBerichtId(berichtId);
        if (bekend.isPresent()) {
            return bekend.get();
        }
        try {
            return transactie.execute(status -> {
                DuoNotificatie opgeslagen = notificaties.saveAndFlush(new DuoNotificatie(berichtId, bron, doel, gemeente,
                        n.getGebeurtenisId(), n.getRegistratieDatumTijd(), n.getBsn(), n.getvNummer(),
                        Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime())));
                runtimeService.createProcessInstanceByKey(PROCES)
                        .businessKey("DUO-" + opgeslagen.getId())
                        .processDefinitionWithoutTenantId()
                        .setVariables(Map.of(DuoNotificatieDelegates.NOTIFICATIE_ID, opgeslagen.getId(),
                                ProcesVariabelen.GEMEENTE, gemeente))
                        .execute();
                return opgeslagen;
            });
        } catch (DataIntegrityViolationException gelijktijdig) {
            // the same berichtId arrived twice at once: the other request stored it
            return notificaties.findByBerichtId(berichtId).orElseThrow(() -> gelijktijdig);
        }
    }
}
