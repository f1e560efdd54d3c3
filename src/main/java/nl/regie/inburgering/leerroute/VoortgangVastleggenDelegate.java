package nl.regie.inburgering.leerroute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.termijn.Wettermijnen;
import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.VoortgangsrapportageOntvangen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.gemeente.GemeentenProperties;

/**
 * Records a progress report, adds the Z-route hours to the totals, keeps the latest result per exam part, and tells
 * the route whether the leerroute is met: Z-route at 800 language (and, for statushouders, 800 participation) hours,
 * B1-route with all five parts passed according to DUO ({@link DuoExamenresultaten}; the taalaanbieder's reported
 * exams are kept as information only), onderwijsroute when the taalaanbieder reports the traject completed. Every
 * stored report is announced as dossier event {@link VoortgangsrapportageOntvangen} (its period and attendance), in
 * this transaction, for capabilities that judge it by their own policy (handhaving's attendance threshold).
 */
@Component
public class VoortgangVastleggenDelegate implements JavaDelegate {

    private final LeerrouteService service;
    private final LeerrouteTrajectRepository trajecten;
    private final VoortgangsrapportageRepository rapportages;
    private final ExamenresultaatRepository examens;
    private final DuoExamenresultaten duo;
    private final ApplicationEventPublisher publisher;

    public VoortgangVastleggenDelegate(LeerrouteService service, LeerrouteTrajectRepository trajecten,
                                       VoortgangsrapportageRepository rapportages, ExamenresultaatRepository examens,
                                       DuoExamenresultaten duo, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.duo = duo;
        this.service = service;
        this.trajecten = trajecten;
        this.rapportages = rapportages;
        this.examens = examens;
    }

    @Override
    public void execute(DelegateExecution e) {
        Dossier dossier = service.dossier(e.getProcessBusinessKey());
        LeerrouteTraject traject = trajecten.lopend(dossier.getId())
                .orElseThrow(() -> new IllegalStateException("Geen lopende leerroute voor " + dossier));
        Integer taaluren = Variabelen.geheelGetal(e, "taaluren");
        Integer participatieuren = Variabelen.geheelGetal(e, "participatieuren");
        LocalDate periode = service.huidigeVoortgang(e);
        LocalDate periodeVan = periodeVan(traject, periode);
        Voortgangsrapportage rapportage = rapportages.save(new Voortgangsrapportage(traject.getId(), periode,
                Variabelen.tekst(e, "lezen"), Variabelen.tekst(e, "luisteren"), Variabelen.tekst(e, "schrijven"),
                Variabelen.tekst(e, "spreken"), Variabelen.geheelGetal(e, "aanwezigheid"), Variabelen.geheelGetal(e, "uren"),
                taaluren, participatieuren, null, Variabelen.tekst(e, "toelichting"), Instant.now()));
        publisher.publishEvent(new VoortgangsrapportageOntvangen(dossier.getDossiernummer(), periodeVan, periode,
                rapportage.getAanwezigheid(), rapportage.getOordeel()));
        traject.telUren(taaluren == null ? 0 : taaluren, participatieuren == null ? 0 : participatieuren);
        LocalDate examenDatum = Variabelen.datum(e, "examenDatum");
        boolean trajectAfgerond = Boolean.TRUE.equals(e.getVariable("trajectAfgerond"));
        List<String> gebruikt = new ArrayList<>(List.of("lezen", "luisteren", "schrijven", "spreken", "aanwezigheid",
                "uren", "taaluren", "participatieuren", "trajectAfgerond", "examenDatum", "toelichting"));
        for (String onderdeel : LeerrouteVariabelen.EXAMENONDERDELEN) {
            String veld = LeerrouteVariabelen.examenveld(onderdeel);
            gebruikt.add(veld);
            String uitslag = Variabelen.tekst(e, veld);
            if (uitslag != null) {
                Examenresultaat resultaat = examens.findByDossierIdAndOnderdeel(dossier.getId(), onderdeel)
                        .orElseGet(() -> new Examenresultaat(dossier.getId(), onderdeel));
                resultaat.uitslag(uitslag, examenDatum);
                examens.save(resultaat);
            }
        }
        Variabelen.ruimOp(e, gebruikt.toArray(String[]::new));

        GemeentenProperties.Beleid beleid = service.gemeente(dossier).beleid();
        boolean behaald = switch (traject.getLeerroute()) {
            case Z -> traject.getTaaluren() >= Wettermijnen.Z_ROUTE_TAALUREN
                    && (dossier.getDoelgroep() == Doelgroep.GEZINSMIGRANT
                        || traject.getParticipatieuren() >= Wettermijnen.Z_ROUTE_PARTICIPATIEUREN);
            case B1 -> duo.b1Behaald(dossier.getId());
            case ONDERWIJS -> trajectAfgerond;
        };
        e.setVariable("zTaaluren", traject.getTaaluren());
        e.setVariable("zParticipatieuren", traject.getParticipatieuren());
        e.setVariable("zTaalurenDoel", Wettermijnen.Z_ROUTE_TAALUREN);
        e.setVariable("zParticipatieurenDoel", Wettermijnen.Z_ROUTE_PARTICIPATIEUREN);
        e.setVariable(LeerrouteVariabelen.LEERROUTE_BEHAALD, behaald);
        if (behaald) {
            traject.behaald(Tijd.vandaag());
            e.setVariable(LeerrouteVariabelen.EINDGESPREK_UITERLIJK,
                    Tijd.beginVan(Tijd.vandaag().plus(beleid.getVoortgangInterval())));
        } else {
            service.planVolgendeVoortgang(e, dossier, periode);
        }
    }

    /**
     * The first day a report up to {@code tot} covers: the day after the traject's previous report, or (the first
     * report) the traject's start (its enrolment when no start is known); never after {@code tot}.
     */
    private LocalDate periodeVan(LeerrouteTraject traject, LocalDate tot) {
        LocalDate van = rapportages.findByTrajectIdOrderByPeriodeTot(traject.getId()).stream()
                .map(Voortgangsrapportage::getPeriodeTot).filter(d -> d != null && d.isBefore(tot))
                .reduce((a, b) -> b).map(d -> d.plusDays(1))
                .orElse(traject.getStartdatum() != null ? traject.getStartdatum() : traject.getAangemeldOp());
        return van == null || van.isAfter(tot) ? tot : van;
    }
}
