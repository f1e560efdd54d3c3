package nl.regie.inburgering.duo.afstemming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.engine.FormulierSchemas;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Variabelen;

/**
 * The procesbeheerder's task {@code Task_VerschilBeoordelen} (form {@code duo-afstemming-verschil}): at creation the
 * subject and both values as task-local read-only fields (from duo_afstemming_verschil); at completion how it was
 * dealt with and why, recorded on the row (which then no longer blocks a new row for a new difference).
 */
@Configuration
public class DuoAfstemmingTaak {

    public static final String ONDERWERP = "duoAfstemmingOnderwerp";
    public static final String ONZE_WAARDE = "duoAfstemmingOnzeWaarde";
    public static final String DUO_WAARDE = "duoAfstemmingDuoWaarde";
    public static final String AFHANDELING = "duoAfstemmingAfhandeling";
    public static final String TOELICHTING = "duoAfstemmingToelichting";

    @Bean
    public TaskListener duoAfstemmingGegevens(DuoAfstemming afstemming) {
        return taak -> {
            AfstemmingsVerschil verschil = afstemming.verschil(taak.getExecution());
            Map<String, Object> gegevens = new LinkedHashMap<>();
            gegevens.put(ONDERWERP, verschil.getOnderwerp().omschrijving());
            gegevens.put(ONZE_WAARDE, verschil.getOnzeWaarde());
            gegevens.put(DUO_WAARDE, verschil.getDuoWaarde());
            gegevens.keySet().retainAll(FormulierSchemas.veldnamen(taak));
            taak.setVariablesLocal(gegevens);
        };
    }

    @Bean
    public TaskListener duoAfstemmingAfhandelingListener(DuoAfstemming afstemming, HuidigeGebruiker gebruiker) {
        return taak -> {
            String keuze = Variabelen.verplichteTekst(taak, AFHANDELING, "is verplicht: hoe is het verschil afgehandeld?");
            if (List.of(AfstemmingsVerschil.Afhandeling.values()).stream().noneMatch(a -> a.name().equals(keuze))) {
                throw OngeldigeInvoerException.veld(AFHANDELING, "kies een van de aangeboden mogelijkheden");
            }
            String toelichting = Variabelen.verplichteTekst(taak, TOELICHTING, "is verplicht: wat is er gedaan?");
            String door = gebruiker.verplicht(AFHANDELING);
            afstemming.verschil(taak.getExecution()).afgehandeld(AfstemmingsVerschil.Afhandeling.valueOf(keuze), toelichting,
                    door, org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
            Variabelen.ruimOp(taak.getExecution(), AFHANDELING, TOELICHTING);
        };
    }
}
