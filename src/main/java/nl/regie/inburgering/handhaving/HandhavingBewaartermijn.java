package nl.regie.inburgering.handhaving;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.bewaartermijn.Bewaarbaar;

/**
 * Handhaving's rows go with the dossier's details after the retention period. The case row stays as a skeleton
 * (number, conduct, period, outcome, amount, dagtekening: a fine is a decision the gemeente must be able to account
 * for) without the reasons, the zienswijze and the bezwaar's grounds, which may name personal circumstances.
 */
@Component
public class HandhavingBewaartermijn implements Bewaarbaar {

    static final String OPGESCHOOND = "[opgeschoond na de bewaartermijn]";

    @Override
    public List<String> opschoonOpdrachten() {
        return List.of(
                "delete from duo_verwijtbaarheid where dossier_id = ?",
                "delete from handhaving_signaal where dossier_id = ?",
                "delete from pw_maatregel where dossier_id = ?",
                "delete from handhaving_eerdere_boete where dossier_id = ?",
                "update handhaving_zaak set aanleiding = '" + OPGESCHOOND + "', voorlichting_toelichting = null,"
                        + " verwijtbaarheid_reden = null, naleving_toelichting = null, zienswijze_inhoud = null,"
                        + " besluit_reden = null, bezwaar_reden = null where dossier_id = ?");
    }
}
