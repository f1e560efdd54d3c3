package nl.regie.inburgering.pvt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.partner.Antwoordregels;
import nl.regie.inburgering.partner.PartnerGegevens;
import nl.regie.inburgering.partner.PartnerTopic;

/** The PVT's steps: plan the target date (first year), record the signing, and the provider's answer. */
@Configuration
public class PvtDelegates {

    public static final String TOPIC = "pvt-uitvoering";
    /** Bi 3.1: the PVT takes at least twelve hours. */
    static final int MINIMUM_UREN = nl.regie.inburgering.termijn.Wettermijnen.PVT_MINIMUM_UREN;

    @Bean
    public JavaDelegate pvtPlannenDelegate(DossierRepository dossiers, Gemeenten gemeenten, PvtTrajectRepository pvt,
                                           PartnerGegevens partners) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            LocalDate streefdatum = Variabelen.datum(execution, "inburgeringstermijnStart")
                    .plus(gemeenten.metTenantId(dossier.getGemeente()).beleid().getPvtStreeftermijn());
            pvt.save(new PvtTraject(dossier.getId(), partners.partner(execution, TOPIC), streefdatum));
            execution.setVariable("pvtStreefdatum", Tijd.beginVan(streefdatum));
            execution.setVariable("pvtStreefdatumTekst", streefdatum.toString());
        };
    }

    @Bean
    public JavaDelegate pvtVastleggenDelegate(DossierRepository dossiers, PvtTrajectRepository pvt,
                                              org.springframework.context.ApplicationEventPublisher dossierEvents) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            LocalDate ondertekend = Variabelen.datum(execution, "ondertekend");
            pvt.findByDossierId(dossier.getId()).orElseThrow().ondertekend(ondertekend,
                    Variabelen.geheelGetal(execution, "uren"));
            // duo: the signing date goes to DUO (duo/melding)
            dossierEvents.publishEvent(new nl.regie.inburgering.dossier.PvtOndertekend(dossier.getDossiernummer(), ondertekend));
            Variabelen.ruimOp(execution, "uren");
        };
    }

    @Bean
    public PartnerTopic pvtUitvoering() {
        return new PartnerTopic(TOPIC, (gevraagd, antwoord) ->
                new Antwoordregels(antwoord).alleen(List.of("ondertekend", "uren"))
                        .datumNietInDeToekomst("ondertekend", true)
                        .geheelGetal("uren", true, MINIMUM_UREN, 500)
                        .fouten());
    }
}
