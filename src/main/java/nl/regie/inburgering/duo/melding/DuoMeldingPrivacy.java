package nl.regie.inburgering.duo.melding;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.bewaartermijn.Bewaarbaar;
import nl.regie.inburgering.engine.AfgeschermdeVelden;

/**
 * The reports' privacy: the casemanager's explanation on a refused report stays out of the engine's history (it may
 * describe the inburgeraar's situation); the reports and the reconciliation's findings go with the dossier's details
 * after the retention period (the content describes the route).
 */
@Component
public class DuoMeldingPrivacy implements AfgeschermdeVelden, Bewaarbaar {

    @Override
    public Set<String> velden() {
        return Set.of(DuoMeldingHerstellen.TOELICHTING, "duoAfstemmingToelichting");
    }

    @Override
    public List<String> opschoonOpdrachten() {
        return List.of("delete from duo_melding where dossier_id = ?",
                "delete from duo_afstemming_verschil where dossier_id = ?");
    }
}
