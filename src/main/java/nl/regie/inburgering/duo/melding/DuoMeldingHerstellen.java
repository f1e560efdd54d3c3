package nl.regie.inburgering.duo.melding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.engine.FormulierSchemas;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Variabelen;

/**
 * The casemanager's task after DUO refused a report ({@code Task_MeldingHerstellen}, form
 * {@code duo-melding-herstellen}): at creation what was reported and DUO's answer as task-local read-only fields
 * (from duo_melding); at completion the decision — fix the data where it lives and send again (the content is read
 * again from our tables, a new berichtId), or do not report it, with the reason — recorded on the row.
 */
@Configuration
public class DuoMeldingHerstellen {

    public static final String OMSCHRIJVING = "duoMeldingOmschrijving";
    public static final String SOORT = "duoMeldingSoort";
    public static final String ANTWOORD = "duoAntwoord";
    public static final String HERSTEL = "duoHerstel";
    public static final String TOELICHTING = "duoHerstelToelichting";

    @Bean
    public TaskListener duoMeldingHerstellenGegevens(DuoMeldingen meldingen) {
        return taak -> {
            DuoMelding melding = meldingen.melding(taak.getExecution());
            Map<String, Object> gegevens = new LinkedHashMap<>();
            gegevens.put(SOORT, melding.getSoort().omschrijving());
            gegevens.put(OMSCHRIJVING, melding.getOmschrijving());
            gegevens.put(ANTWOORD, melding.getDuoAntwoord() == null ? "Geen reden opgegeven" : melding.getDuoAntwoord());
            gegevens.keySet().retainAll(FormulierSchemas.veldnamen(taak));
            taak.setVariablesLocal(gegevens);
        };
    }

    @Bean
    public TaskListener duoMeldingHerstellenListener(DuoMeldingen meldingen, HuidigeGebruiker gebruiker) {
        return (DelegateTask taak) -> {
            String keuze = Variabelen.verplichteTekst(taak, HERSTEL, "is verplicht: opnieuw versturen of niet melden?");
            if (!List.of("OPNIEUW_VERSTUREN", "NIET_MELDEN").contains(keuze)) {
                throw OngeldigeInvoerException.veld(HERSTEL, "kies OPNIEUW_VERSTUREN of NIET_MELDEN");
            }
            String toelichting = Variabelen.verplichteTekst(taak, TOELICHTING,
                    "is verplicht: wat is hersteld, of waarom wordt dit niet gemeld?");
            String door = gebruiker.verplicht(HERSTEL);
            DuoMelding melding = meldingen.melding(taak.getExecution());
            DuoMelding.Herstel herstel = DuoMelding.Herstel.valueOf(keuze);
            melding.hersteld(herstel, toelichting, door, DuoMeldingen.nu(),
                    herstel == DuoMelding.Herstel.OPNIEUW_VERSTUREN ? meldingen.opnieuwOpgebouwd(melding) : null);
            Variabelen.ruimOp(taak.getExecution(), HERSTEL, TOELICHTING);
        };
    }
}
