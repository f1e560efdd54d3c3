package nl.regie.inburgering.leerroute;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.termijn.Wettermijnen;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.gemeente.GemeentenProperties;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;

/**
 * The leerroute of a dossier for the casemanager: progress against the goals and the route switches. Asking for a
 * switch ({@code POST /leerroutewissel}) is a PIP change: see {@code pipwijziging/PipWijzigingController}.
 */
@RestController
@RequestMapping(path = "/api/dossiers/{dossiernummer}", produces = "application/json")
public class LeerrouteController {

    public record RoutewisselVerzoek(String leerroute, String reden) {
    }

    public record RoutewisselAntwoord(String van, String naar, LocalDate datum, String reden, String aangevraagdDoor,
                                      String status, String beoordeeldDoor, LocalDate beoordeeldOp, String opmerking,
                                      Integer pipVersie) {
        public static RoutewisselAntwoord van(Routewissel w) {
            return new RoutewisselAntwoord(w.getVan().name(), w.getNaar().name(), w.getDatum(), w.getReden(), w.getDoor(),
                    w.getStatus().name(), w.getBeoordeeldDoor(), w.getBeoordeeldOp(), w.getOpmerking(), w.getPipVersie());
        }
    }

    public record TrajectAntwoord(String leerroute, String status, String partner, String taalschool,
                                  String taalschoolToelichting, LocalDate startdatum,
                                  LocalDate einddatum, int taaluren, int participatieuren, Integer taalurenDoel,
                                  Integer participatieurenDoel, LocalDate eindgesprekDatum, LocalDate certificaatDatum,
                                  List<RapportageAntwoord> rapportages) {
    }

    public record RapportageAntwoord(LocalDate periodeTot, String lezen, String luisteren, String schrijven,
                                     String spreken, Integer aanwezigheid, Integer taaluren, Integer participatieuren,
                                     String oordeel) {
    }

    public record ExamenAntwoord(String onderdeel, String resultaat, LocalDate datum) {
    }

    public record LeerrouteAntwoord(List<TrajectAntwoord> trajecten, List<ExamenAntwoord> examens,
                                    List<RoutewisselAntwoord> routewissels) {
    }

    private final DossierRepository dossiers;
    private final LeerrouteTrajectRepository trajecten;
    private final VoortgangsrapportageRepository rapportages;
    private final ExamenresultaatRepository examens;
    private final RoutewisselRepository wissels;
    private final Gemeenten gemeenten;

    public LeerrouteController(DossierRepository dossiers,
                               LeerrouteTrajectRepository trajecten, VoortgangsrapportageRepository rapportages,
                               ExamenresultaatRepository examens, RoutewisselRepository wissels, Gemeenten gemeenten) {
        this.dossiers = dossiers;
        this.trajecten = trajecten;
        this.rapportages = rapportages;
        this.examens = examens;
        this.wissels = wissels;
        this.gemeenten = gemeenten;
    }

    @GetMapping("/leerroute")
    public LeerrouteAntwoord toon(@PathVariable String dossiernummer,
                                  @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = eigenDossier(dossiernummer, gebruiker);
        return new LeerrouteAntwoord(
                trajecten.findByDossierIdOrderById(dossier.getId()).stream().map(t -> new TrajectAntwoord(
                        t.getLeerroute().name(), t.getStatus().name(), t.getPartner(), t.getTaalschool(), t.getTaalschoolToelichting(),
                        t.getStartdatum(), t.getEinddatum(), t.getTaaluren(), t.getParticipatieuren(),
                        t.getLeerroute() == Leerroute.Z ? Wettermijnen.Z_ROUTE_TAALUREN : null,
                        t.getLeerroute() == Leerroute.Z ? Wettermijnen.Z_ROUTE_PARTICIPATIEUREN : null,
                        t.getEindgesprekDatum(), t.getCertificaatDatum(),
                        rapportages.findByTrajectIdOrderByPeriodeTot(t.getId()).stream().map(r -> new RapportageAntwoord(
                                r.getPeriodeTot(), r.getLezen(), r.getLuisteren(), r.getSchrijven(), r.getSpreken(),
                                r.getAanwezigheid(), r.getTaaluren(), r.getParticipatieuren(), r.getOordeel())).toList()))
                        .toList(),
                examens.findByDossierId(dossier.getId()).stream()
                        .map(x -> new ExamenAntwoord(x.getOnderdeel(), x.getResultaat(), x.getDatum())).toList(),
                wissels.findByDossierIdOrderById(dossier.getId()).stream()
                        .map(RoutewisselAntwoord::van)
                        .toList());
    }

    private Dossier eigenDossier(String dossiernummer, Gebruiker gebruiker) {
        return dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
    }
}
