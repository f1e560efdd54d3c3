package nl.regie.inburgering.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.partner.Antwoordregels;
import nl.regie.inburgering.partner.PartnerAfmeldingen;
import nl.regie.inburgering.partner.PartnerTopic;

/**
 * The MAP's steps: the casemanager's decision on a vrijstelling, planning from the second year with the gemeente's
 * minimum practice hours, the provider's answer and the gemeente's eindgesprek.
 */
@Configuration
public class MapDelegates {

    public static final String TOPIC = "map-uitvoering";
    /** The MAP has eight themes. */
    static final int THEMAS = nl.regie.inburgering.termijn.Wettermijnen.MAP_THEMAS;
    /** Routing variable: the provider's report covers all eight themes (decided on map_traject). */
    static final String ALLE_THEMAS = "mapAlleThemas";

    @Bean
    public TaskListener mapVrijstellingControle() {
        return taak -> {
            if ("VRIJSTELLING".equals(taak.getVariable("mapBesluit"))) {
                Variabelen.verplichteTekst(taak, "mapVrijstellingReden", "is verplicht bij een vrijstelling");
            }
        };
    }

    @Bean
    public JavaDelegate mapVrijstellingVastleggenDelegate(DossierRepository dossiers, MapTrajectRepository maps) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            maps.save(MapTraject.vrijgesteld(dossier.getId(), Variabelen.tekst(execution, "mapVrijstellingReden"),
                    Tijd.vandaag()));
        };
    }

    @Bean
    public JavaDelegate mapPlannenDelegate(DossierRepository dossiers, MapTrajectRepository maps, Gemeenten gemeenten) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            var beleid = gemeenten.metTenantId(dossier.getGemeente()).beleid();
            LocalDate start = Variabelen.datum(execution, "inburgeringstermijnStart").plus(beleid.getMapStartNa());
            maps.save(MapTraject.gepland(dossier.getId(), start, beleid.getMapMinimumUren()));
            execution.setVariable("mapStartdatum", Tijd.beginVan(start));
            execution.setVariable("mapMinimumUren", beleid.getMapMinimumUren());
        };
    }

    @Bean
    public JavaDelegate mapResultaatVastleggenDelegate(DossierRepository dossiers, MapTrajectRepository maps, Gemeenten gemeenten) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            LocalDate afgerond = Variabelen.datum(execution, "afgerond");
            MapTraject map = maps.findByDossierId(dossier.getId()).orElseThrow();
            map.uitgevoerd(Variabelen.geheelGetal(execution, "uren"), Variabelen.geheelGetal(execution, "modules"), afgerond);
            execution.setVariable(ALLE_THEMAS, map.isAlleThemasAfgerond());
            // the provider is asked again with the themes done so far; without all eight there is no eindgesprek yet
            execution.setVariable("mapModulesGedaan", map.getModules());
            // the eindgesprek follows within one progress interval
            execution.setVariable("mapEindgesprekUiterlijk", Tijd.beginVan(
                    afgerond.plus(gemeenten.metTenantId(dossier.getGemeente()).beleid().getVoortgangInterval())));
            Variabelen.ruimOp(execution, "uren", "modules");
        };
    }

    @Bean
    public TaskListener mapEindgesprekControle(DossierRepository dossiers, MapTrajectRepository maps,
                                               org.springframework.context.ApplicationEventPublisher dossierEvents) {
        return taak -> {
            LocalDate datum = Variabelen.datumNietInDeToekomst(taak, "mapEindgesprekDatum");
            Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
            MapTraject map = maps.findByDossierId(dossier.getId()).orElseThrow();
            Variabelen.nietVoor("mapEindgesprekDatum", datum, map.getAfgerond(), "de afronding van de MAP");
            map.eindgesprek(datum, Variabelen.tekst(taak, "mapEindgesprekVerslag"));
            // duo: the eindgesprek's date goes to DUO (duo/melding)
            dossierEvents.publishEvent(new nl.regie.inburgering.dossier.MapEindgesprekGevoerd(dossier.getDossiernummer(), datum));
            Variabelen.ruimOp(taak.getExecution(), "mapEindgesprekVerslag");
        };
    }

    /** After a route switch to the onderwijsroute: the MAP lapses; a provider already at work is told. */
    @Bean
    public JavaDelegate mapVervallenDelegate(DossierRepository dossiers, MapTrajectRepository maps,
                                             PartnerAfmeldingen afmeldingen) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            String reden = "Routewissel naar de onderwijsroute: de MAP is niet van toepassing";
            maps.findByDossierId(dossier.getId()).ifPresentOrElse(m -> m.vervallen(reden),
                    () -> maps.save(MapTraject.vervallen(dossier.getId(), reden)));
            afmeldingen.meldPartnerVanDitTrajectAf(execution, dossier, TOPIC, reden + "; de MAP vervalt.",
                    MapRoutewissel.AANBIEDER_AFMELDING);
        };
    }

    @Bean
    public PartnerTopic mapUitvoering() {
        return new PartnerTopic(TOPIC, (gevraagd, antwoord) -> {
            int minimum = gevraagd.get("minimumUren") instanceof Number n ? n.intValue() : 0;
            return new Antwoordregels(antwoord).alleen(List.of("uren", "modules", "afgerond"))
                    .geheelGetal("uren", true, minimum, 1000)
                    .geheelGetal("modules", true, 1, THEMAS)
                    .datumNietInDeToekomst("afgerond", true)
                    .fouten();
        });
    }
}
