package nl.regie.inburgering.handhaving;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.dossier.BijBeeindiging;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.ProcesVariabelen;

/**
 * When the dossier ends: a case without a co-signed boetebeschikking lapses (its process is deleted, status VERVALLEN,
 * afsluitreden DOSSIER_BEEINDIGD). A signed beschikking stays (a fine does not lapse by a move or a change of the
 * plicht), except on death: Awb 5:42, the power to collect a fine lapses when the offender dies. Then the case lapses
 * too, and a fine already handed to the financial system is withdrawn there (actie INTREKKEN) by the case's own model:
 * message {@value HandhavingZaken#MESSAGE_ZAAK_VERVALT} interrupts the running invordering, or, when the process
 * already ended with the fine collected, message start {@value HandhavingZaken#MESSAGE_INVORDERING_INTREKKEN} starts
 * the withdrawal under the same zaaknummer.
 */
@Component
public class HandhavingBijBeeindiging implements BijBeeindiging {

    private final HandhavingZaken zaken;
    private final RuntimeService runtimeService;

    public HandhavingBijBeeindiging(HandhavingZaken zaken, RuntimeService runtimeService) {
        this.zaken = zaken;
        this.runtimeService = runtimeService;
    }

    @Override
    public void voorBeeindiging(Dossier dossier, LocalDate datum, String reden) {
        boolean overleden = Beeindigingsreden.OVERLEDEN.omschrijving().equals(reden)
                || Beeindigingsreden.OVERLEDEN.name().equals(reden);
        for (HandhavingZaak zaak : zaken.repository().findByDossierIdOrderById(dossier.getId())) {
            boolean afgeslotenIngevorderd = zaak.getStatus() == HandhavingZaak.Status.AFGESLOTEN
                    && zaak.getAfsluitreden() == HandhavingZaak.Afsluitreden.BOETE_INGEVORDERD;
            if (!zaak.isOpen() && !(overleden && afgeslotenIngevorderd)) {
                continue;
            }
            if (zaak.isBeschikkingOndertekend() && !overleden) {
                continue; // the fine stands; the case goes on
            }
            boolean bijInvordering = zaak.isBijInvordering();
            zaak.vervallen(datum);
            zaken.audit(zaak, "systeem:handhaving", "HANDHAVING_ZAAK_VERVALLEN");
            if (!bijInvordering) {
                verwijderProces(zaak, reden);
            } else if (afgeslotenIngevorderd) {
                String proces = runtimeService.createMessageCorrelation(HandhavingZaken.MESSAGE_INVORDERING_INTREKKEN)
                        .processInstanceBusinessKey(zaak.getZaaknummer())
                        .setVariable(ProcesVariabelen.GEMEENTE, dossier.getGemeente())
                        .setVariable(ProcesVariabelen.DOSSIERNUMMER, dossier.getDossiernummer())
                        .correlateStartMessage().getId();
                zaak.gestartIn(proces);
            } else {
                runtimeService.createMessageCorrelation(HandhavingZaken.MESSAGE_ZAAK_VERVALT)
                        .processInstanceId(zaak.getProcesInstantieId()).correlateWithResult();
            }
        }
    }

    private void verwijderProces(HandhavingZaak zaak, String reden) {
        if (zaak.getProcesInstantieId() != null
                && runtimeService.createProcessInstanceQuery().processInstanceId(zaak.getProcesInstantieId()).count() > 0) {
            runtimeService.deleteProcessInstance(zaak.getProcesInstantieId(), "Dossier beëindigd: " + reden);
        }
    }
}
