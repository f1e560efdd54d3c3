package nl.regie.inburgering.duo.melding;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.handhaving.DuoVerwijtbaarheid;
import nl.regie.inburgering.handhaving.DuoVerwijtbaarheidRepository;
import nl.regie.inburgering.leerroute.LeerrouteTraject;
import nl.regie.inburgering.leerroute.LeerrouteTrajectRepository;
import nl.regie.inburgering.map.MapTrajectRepository;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;
import nl.regie.inburgering.pvt.PvtTrajectRepository;

/**
 * Builds a report from our tables, in DUO's own field names ({@code body}: the request body of the spec's operation;
 * {@code pad}: the path values other than the BSN), so the sender hands it to the generated client unchanged. Built
 * when the fact is recorded and again when the casemanager resends a refused report (the data fixed where it lives:
 * the PIP by a new version, the instellingsnummer or phone number in the configuration, a name in Admin). Never the BSN.
 */
@Component
public class DuoMeldingInhoud {

    /** A report's content: its description for people and its JSON. */
    public record Inhoud(String omschrijving, String json) {
    }

    private final PipVersieRepository pipVersies;
    private final LeerrouteTrajectRepository trajecten;
    private final PvtTrajectRepository pvt;
    private final MapTrajectRepository map;
    private final DuoVerwijtbaarheidRepository verwijtbaarheid;
    private final IdentityService identiteit;
    private final Gemeenten gemeenten;
    private final DuoMeldingInstellingen instellingen;
    private final ObjectMapper json;

    public DuoMeldingInhoud(PipVersieRepository pipVersies, LeerrouteTrajectRepository trajecten, PvtTrajectRepository pvt,
                            MapTrajectRepository map, DuoVerwijtbaarheidRepository verwijtbaarheid,
                            IdentityService identiteit, Gemeenten gemeenten, DuoMeldingInstellingen instellingen,
                            ObjectMapper json) {
        this.pipVersies = pipVersies;
        this.trajecten = trajecten;
        this.pvt = pvt;
        this.map = map;
        this.verwijtbaarheid = verwijtbaarheid;
        this.identiteit = identiteit;
        this.gemeenten = gemeenten;
        this.instellingen = instellingen;
        this.json = json;
    }

    /** The fact's key: unique per dossier (table duo_melding). */
    public static String feit(DuoMeldingSoort soort, Object referentie) {
        return referentie == null ? soort.name() : soort.name() + ":" + referentie;
    }

    static String referentie(String feit) {
        int i = feit.indexOf(':');
        return i < 0 ? null : feit.substring(i + 1);
    }

    /** The content of this fact as our tables hold it now; empty when there is nothing to report (yet). */
    public Optional<Inhoud> bouw(Dossier dossier, DuoMeldingSoort soort, String feit) {
        String ref = referentie(feit);
        return switch (soort) {
            case PIP -> pip(dossier, Integer.parseInt(ref));
            case INBURGERINGSAANBOD -> aanbod(dossier, Long.parseLong(ref));
            case PVT -> pvt(dossier);
            case MAP -> map(dossier);
            case ZROUTE -> traject(dossier, Long.parseLong(ref)).map(t -> inhoud(
                    "Z-route afgerond op " + nl(t.getEindgesprekDatum()),
                    body("datumAfrondingZroute", t.getEindgesprekDatum()), Map.of()));
            case UREN_TAALLES -> Optional.of(inhoud("Totaal gevolgde uren taalles en KNM: " + taaluren(dossier),
                    body("uren", Math.min(9999, taaluren(dossier))), Map.of()));
            case UREN_PARTICIPATIE -> Optional.of(inhoud("Totaal uren participatieactiviteiten: " + participatieuren(dossier),
                    body("uren", Math.min(9999, participatieuren(dossier))), Map.of()));
            case CONTACTPERSOON -> contactpersoon(dossier, ref);
            case LBT_EXAMENNUMMER -> Optional.of(inhoud("Examennummer voor de leerbaarheidstoets aangevraagd",
                    Map.of(), Map.of()));
        };
    }

    private Optional<Inhoud> pip(Dossier dossier, int versie) {
        return pipVersies.findByDossierIdOrderByVersie(dossier.getId()).stream()
                .filter(v -> v.getVersie() == versie && v.getDagtekening() != null).findFirst()
                .map(v -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("dagtekeningPip", v.getDagtekening().toString());
                    body.put("leerroute", duoLeerroute(v.getLeerroute()));
                    if (v.getLeerroute() == Leerroute.B1) {
                        String niveau = v.niveaus().duoNiveau();
                        body.put("niveau", niveau == null ? "B1" : niveau);
                    } else if (v.getLeerroute() == Leerroute.Z) {
                        // a Z-route has no exam level; a level on it is ours to fix (DUO refuses B1 on the Z-route)
                        String niveau = v.niveaus().duoNiveau();
                        if (niveau != null) {
                            body.put("niveau", niveau);
                        }
                    } else if (v.niveaus().duoNiveau() != null) {
                        body.put("niveau", v.niveaus().duoNiveau());
                    }
                    if (v.getGeschatteIntensiteit() != null) {
                        body.put("geschatteIntensiteitB1Route", v.getGeschatteIntensiteit());
                    }
                    if (v.getMagOpleidingAfmaken() != null) {
                        body.put("indicatorMagOpleidingAfmaken", v.getMagOpleidingAfmaken());
                    }
                    body.put("indicatorAlfabetiseringsonderwijs", v.getAlfabetisering() == null ? "NVT" : v.getAlfabetisering());
                    return inhoud("PIP versie " + versie + ", dagtekening " + nl(v.getDagtekening()) + ", "
                            + routeNaam(v.getLeerroute()) + (body.containsKey("niveau") ? ", niveau " + body.get("niveau") : ""),
                            body, Map.of());
                });
    }

    private Optional<Inhoud> aanbod(Dossier dossier, long trajectId) {
        return traject(dossier, trajectId).map(t -> {
            String instellingsnummer = instellingen.instellingsnummer(t.getPartner());
            Map<String, Object> body = new LinkedHashMap<>();
            if (t.getStartdatum() != null) {
                body.put("datumInburgeringsaanbod", t.getStartdatum().toString());
                body.put("verwachteStartdatumOpleiding", t.getStartdatum().toString());
            }
            body.put("indicatorAlfabetiseringsonderwijs", pipVersies
                    .findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(), PipVersie.Status.VASTGESTELD)
                    .map(PipVersie::getAlfabetisering).filter(a -> a != null).orElse("NVT"));
            Map<String, Object> pad = new LinkedHashMap<>();
            pad.put("instellingsnummer", instellingsnummer == null ? "" : instellingsnummer);
            return inhoud("Inburgeringsaanbod " + routeNaam(t.getLeerroute()) + " bij " + t.getPartner()
                    + " (instellingsnummer " + (instellingsnummer == null ? "onbekend" : instellingsnummer) + ")"
                    + (t.getStartdatum() == null ? "" : ", start " + nl(t.getStartdatum())), body, pad);
        });
    }

    private Optional<Inhoud> pvt(Dossier dossier) {
        Map<String, Object> body = new LinkedHashMap<>();
        pvt.findByDossierId(dossier.getId()).map(p -> p.getOndertekend())
                .ifPresent(d -> body.put("datumOndertekeningPvt", d.toString()));
        verwijtbaar(dossier, "PVT").ifPresent(v -> body.put("verwijtbaar", v));
        return body.isEmpty() ? Optional.empty() : Optional.of(inhoud("PVT"
                + (body.containsKey("datumOndertekeningPvt") ? ": ondertekend op " + nl(body.get("datumOndertekeningPvt")) : ": niet ondertekend")
                + (body.containsKey("verwijtbaar") ? ", verwijtbaar: " + body.get("verwijtbaar") : ""), body, Map.of()));
    }

    private Optional<Inhoud> map(Dossier dossier) {
        Map<String, Object> body = new LinkedHashMap<>();
        map.findByDossierId(dossier.getId()).map(m -> m.getEindgesprekDatum())
                .ifPresent(d -> body.put("datumEindgesprekMap", d.toString()));
        verwijtbaar(dossier, "MAP").ifPresent(v -> body.put("verwijtbaar", v));
        return body.isEmpty() ? Optional.empty() : Optional.of(inhoud("MAP"
                + (body.containsKey("datumEindgesprekMap") ? ": eindgesprek op " + nl(body.get("datumEindgesprekMap")) : ": geen eindgesprek")
                + (body.containsKey("verwijtbaar") ? ", verwijtbaar: " + body.get("verwijtbaar") : ""), body, Map.of()));
    }

    /** The newest indication for this result ("Ja"/"Nee", DUO's InburgeringJaNeeType). */
    private Optional<String> verwijtbaar(Dossier dossier, String onderdeel) {
        return verwijtbaarheid.findByDossierIdOrderById(dossier.getId()).stream()
                .filter(v -> onderdeel.equals(v.getOnderdeel()))
                .max(Comparator.comparing(DuoVerwijtbaarheid::getVastgesteldOp).thenComparing(DuoVerwijtbaarheid::getId))
                .map(v -> Boolean.TRUE.equals(v.getVerwijtbaar()) ? "Ja" : "Nee");
    }

    private Optional<Inhoud> contactpersoon(Dossier dossier, String login) {
        User gebruiker = gebruiker(login);
        if (gebruiker == null) {
            return Optional.empty();
        }
        String naam = ((gebruiker.getFirstName() == null ? "" : gebruiker.getFirstName()) + " "
                + (gebruiker.getLastName() == null ? "" : gebruiker.getLastName()))
                .replaceAll("\\(.*?\\)", "").replaceAll("[^\\s'‘.\\p{L}\\p{Pd}]", "").replaceAll("\\s+", " ").trim();
        String email = gebruiker.getEmail() != null && !gebruiker.getEmail().isBlank() ? gebruiker.getEmail()
                : gemeenten.metTenantId(dossier.getGemeente()).contact();
        String telefoon = instellingen.telefoonnummer(dossier.getGemeente());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("naam", naam);
        body.put("email", email == null ? "" : email);
        body.put("telefoonnummer", telefoon == null ? "" : telefoon);
        return Optional.of(inhoud("Contactpersoon " + naam + " (" + login + "), " + body.get("email") + ", "
                + body.get("telefoonnummer"), body, Map.of("gebruiker", login)));
    }

    private User gebruiker(String login) {
        CommandContext context = Context.getCommandContext();
        return context == null ? identiteit.createUserQuery().userId(login).singleResult()
                : context.runWithoutAuthorization(() -> identiteit.createUserQuery().userId(login).singleResult());
    }

    private Optional<LeerrouteTraject> traject(Dossier dossier, long id) {
        return trajecten.findByDossierIdOrderById(dossier.getId()).stream().filter(t -> t.getId() == id).findFirst();
    }

    /** GevolgdeUren.yml: the language and KNM hours of every leerroute of the dossier (a switch keeps them). */
    int taaluren(Dossier dossier) {
        return trajecten.findByDossierIdOrderById(dossier.getId()).stream().mapToInt(LeerrouteTraject::getTaaluren).sum();
    }

    int participatieuren(Dossier dossier) {
        return trajecten.findByDossierIdOrderById(dossier.getId()).stream().mapToInt(LeerrouteTraject::getParticipatieuren).sum();
    }

    /** Participation hours are DUO's only for an asielstatushouder's Z-route (GevolgdeUren.yml). */
    static boolean participatieurenVoorDuo(Dossier dossier) {
        return dossier.getDoelgroep() != Doelgroep.GEZINSMIGRANT;
    }

    static String duoLeerroute(Leerroute route) {
        return switch (route) {
            case B1 -> "B";
            case ONDERWIJS -> "O";
            case Z -> "Z";
        };
    }

    private static String routeNaam(Leerroute route) {
        return switch (route) {
            case B1 -> "B1-route";
            case ONDERWIJS -> "onderwijsroute";
            case Z -> "Z-route";
        };
    }

    private static String nl(Object isoDatum) {
        return isoDatum == null ? "-" : nl.regie.inburgering.engine.Variabelen.nl(java.time.LocalDate.parse(isoDatum.toString()));
    }

    private static Map<String, Object> body(String veld, Object waarde) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(veld, waarde instanceof java.time.LocalDate d ? d.toString() : waarde);
        return body;
    }

    private Inhoud inhoud(String omschrijving, Map<String, Object> body, Map<String, Object> pad) {
        try {
            return new Inhoud(omschrijving.length() > 300 ? omschrijving.substring(0, 300) : omschrijving,
                    json.writeValueAsString(Map.of("body", body, "pad", pad)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Melding niet op te bouwen", e);
        }
    }
}
