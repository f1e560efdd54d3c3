package nl.regie.inburgering.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.LeerbaarheidstoetsDuoOntvangen;

/**
 * DUO's leerbaarheidstoets result (dossier event {@link LeerbaarheidstoetsDuoOntvangen}, from SS131) recorded on the
 * dossier's brede intake (created when the intake has not started yet), in the caller's transaction: the intake and
 * the PIP read the LBT from there. A later SS131 (a retake) replaces it; the casemanager's completed intake form
 * replaces it too.
 */
@Component
public class LeerbaarheidstoetsVanDuo {

    private static final Logger LOG = LoggerFactory.getLogger(LeerbaarheidstoetsVanDuo.class);

    private final BredeIntakeRepository intakes;

    public LeerbaarheidstoetsVanDuo(BredeIntakeRepository intakes) {
        this.intakes = intakes;
    }

    @EventListener
    public void bijUitslag(LeerbaarheidstoetsDuoOntvangen uitslag) {
        BredeIntake intake = intakes.findByDossierId(uitslag.dossierId()).orElseGet(() -> new BredeIntake(uitslag.dossierId()));
        intake.leerbaarheidstoetsVanDuo(uitslag.uitslag(), uitslag.score(), uitslag.vereisteScore(), uitslag.datum());
        intakes.save(intake);
        LOG.info("Leerbaarheidstoets van DUO vastgelegd in de brede intake van dossier-id {}: {}", uitslag.dossierId(), uitslag.uitslag());
    }
}
