package nl.regie.inburgering.pip;

import static nl.regie.inburgering.pip.Besluitweergave.datum;
import static nl.regie.inburgering.pip.Besluitweergave.janee;
import static nl.regie.inburgering.pip.Besluitweergave.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.AfgeschermdeVelden;
import nl.regie.inburgering.engine.FormulierSchemas;
import nl.regie.inburgering.intake.BredeIntake;
import nl.regie.inburgering.intake.BredeIntakeRepository;

/**
 * At the creation of the teamleider's task "PIP-beschikking vaststellen": the whole draft PIP and a summary of the
 * brede intake, read from our tables (pip_versie, brede_intake, dossier), as task-local read-only form fields (the
 * form shows them; no completion may write them; they end with the task). Only the fields of the task's own form are
 * set. The narratives and the intake (health data among the life domains) are shielded from the engine's history
 * ({@link Afgeschermd}).
 */
@Component("pipVaststellenGegevens")
public class PipVaststellenGegevens implements TaskListener {

    public static final String LEERROUTE = "conceptLeerroute";
    public static final String ADVIES = "conceptAdvies";
    public static final String AFWIJKING = "conceptAfwijkingReden";
    public static final String PVT = "conceptPvt";
    public static final String MAP = "conceptMap";
    public static final String BEGELEIDING = "conceptBegeleiding";
    public static final String ONTZORGEN = "conceptOntzorgen";
    public static final String GEEN_ONTZORGEN_REDEN = "conceptGeenOntzorgenReden";
    public static final String VOORTGANGSGESPREKKEN = "conceptVoortgangsgesprekken";
    public static final String NIVEAUS = "conceptNiveaus";
    public static final String INTENSITEIT = "conceptIntensiteit";
    public static final String ALFABETISERING = "conceptAlfabetisering";
    public static final String OPLEIDING_AFMAKEN = "conceptOpleidingAfmaken";
    public static final String TOELICHTING = "conceptToelichting";
    public static final String OPGESTELD_DOOR = "conceptOpgesteldDoor";
    public static final String PIP_UITERLIJK = "pipUiterlijkOp";
    public static final String INTAKE_DATUM = "intakeGesprekOp";
    public static final String INTAKE_LEERBAARHEID = "intakeLeerbaarheid";
    public static final String INTAKE_LEEFGEBIEDEN = "intakeLeefgebieden";

    private final DossierRepository dossiers;
    private final PipVersieRepository versies;
    private final BredeIntakeRepository intakes;
    private final IdentityService identiteit;

    public PipVaststellenGegevens(DossierRepository dossiers, PipVersieRepository versies, BredeIntakeRepository intakes,
                                  IdentityService identiteit) {
        this.dossiers = dossiers;
        this.versies = versies;
        this.intakes = intakes;
        this.identiteit = identiteit;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put(PIP_UITERLIJK, datum(dossier.getPipUiterlijkeDatum()));
        versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId())
                .filter(v -> v.getStatus() == PipVersie.Status.CONCEPT)
                .ifPresent(concept -> concept(concept, gegevens));
        intakes.findByDossierId(dossier.getId()).ifPresent(intake -> intake(intake, gegevens));
        gegevens.values().removeIf(Objects::isNull);
        gegevens.keySet().retainAll(FormulierSchemas.veldnamen(taak));
        taak.setVariablesLocal(gegevens);
    }

    private void concept(PipVersie v, Map<String, Object> g) {
        g.put(LEERROUTE, route(v.getLeerroute()));
        g.put(ADVIES, v.getAdviesLeerroute() == null ? "Geen advies" : route(v.getAdviesLeerroute()));
        g.put(AFWIJKING, v.getAfwijkingReden());
        g.put(PVT, v.getPvtAfspraken());
        g.put(MAP, v.getMapAfspraken() == null ? "Geen MAP-afspraken" : v.getMapAfspraken());
        g.put(BEGELEIDING, v.getBegeleidingAfspraken());
        g.put(ONTZORGEN, v.isOntzorgen() ? "Ja" : "Nee");
        g.put(GEEN_ONTZORGEN_REDEN, v.isOntzorgen() ? null : v.getGeenOntzorgenReden());
        g.put(VOORTGANGSGESPREKKEN, v.getAantalVoortgangsgesprekken() + " gesprekken, "
                + (v.getVoortgangInterval() == null ? "met de standaardtussenpoos van de gemeente"
                        : "elke " + maanden(v.getVoortgangInterval())));
        PipVersie.Niveaus n = v.niveaus();
        g.put(NIVEAUS, n.duoNiveau() == null ? "Niet van toepassing (geen niveau per onderdeel)"
                : "lezen " + streep(n.lezen()) + ", luisteren " + streep(n.luisteren()) + ", schrijven "
                        + streep(n.schrijven()) + ", spreken " + streep(n.spreken()));
        g.put(INTENSITEIT, v.getGeschatteIntensiteit() == null ? "Niet opgegeven" : v.getGeschatteIntensiteit() + " uur");
        g.put(ALFABETISERING, alfabetisering(v.getAlfabetisering()));
        g.put(OPLEIDING_AFMAKEN, v.getMagOpleidingAfmaken() == null ? "Niet opgegeven" : janee(v.getMagOpleidingAfmaken()));
        g.put(TOELICHTING, v.getToelichting());
        g.put(OPGESTELD_DOOR, Besluitweergave.naam(identiteit, v.getOpgesteldDoor()));
    }

    private static void intake(BredeIntake i, Map<String, Object> g) {
        String gesprek = i.getGesprekDatum() == null ? "Onbekend" : datum(i.getGesprekDatum());
        g.put(INTAKE_DATUM, i.isZonderInburgeraar() ? gesprek + " (zonder de inburgeraar)" : gesprek);
        if (Boolean.TRUE.equals(i.getLbtVrijgesteld())) {
            g.put(INTAKE_LEERBAARHEID, "Vrijgesteld" + (i.getLbtVrijstellingReden() == null ? "" : ": " + i.getLbtVrijstellingReden()));
        } else if (i.getLbtUitslag() != null || i.getLbtScore() != null) {
            g.put(INTAKE_LEERBAARHEID, (i.getLbtUitslag() == null ? "Uitslag onbekend" : i.getLbtUitslag())
                    + (i.getLbtScore() == null ? "" : ", score " + i.getLbtScore()
                            + (i.getLbtVereisteScore() == null ? "" : " (vereist " + i.getLbtVereisteScore() + ")"))
                    + (i.getLbtDatum() == null ? "" : ", afgenomen op " + datum(i.getLbtDatum())));
        } else {
            g.put(INTAKE_LEERBAARHEID, "Niet afgenomen");
        }
        List<String> regels = new ArrayList<>();
        regel(regels, "Taal", i.getDomeinTaal());
        regel(regels, "Opleiding", i.getDomeinOpleiding());
        regel(regels, "Werk", i.getDomeinWerk());
        regel(regels, "Gezondheid", i.getDomeinGezondheid());
        regel(regels, "Financiën", i.getDomeinFinancien());
        regel(regels, "Sociaal netwerk", i.getDomeinNetwerk());
        regel(regels, "Gezin", i.getDomeinGezin());
        regel(regels, "Wonen", i.getDomeinWonen());
        regel(regels, "Wensen en ambities", i.getWensenEnAmbities());
        g.put(INTAKE_LEEFGEBIEDEN, regels.isEmpty() ? "Geen leefgebieden vastgelegd" : String.join("\n", regels));
    }

    private static void regel(List<String> regels, String naam, String tekst) {
        if (tekst != null && !tekst.isBlank()) {
            regels.add(naam + ": " + tekst);
        }
    }

    private static String streep(String niveau) {
        return niveau == null ? "-" : niveau;
    }

    private static String maanden(java.time.Period interval) {
        long maanden = interval.toTotalMonths();
        return maanden == 1 ? "maand" : maanden + " maanden";
    }

    private static String alfabetisering(String code) {
        if (code == null) {
            return "Niet opgegeven";
        }
        return switch (code) {
            case "NVT" -> "Niet van toepassing";
            case "A" -> "Onderwijs voor analfabeet";
            case "AA" -> "Onderwijs voor anders-gealfabetiseerde";
            default -> code;
        };
    }

    /** The draft's narratives and the intake summary: shown on the task, never kept in the engine's history. */
    @Component
    public static class Afgeschermd implements AfgeschermdeVelden {
        @Override
        public Set<String> velden() {
            return Set.of(AFWIJKING, PVT, MAP, BEGELEIDING, GEEN_ONTZORGEN_REDEN, TOELICHTING, INTAKE_LEERBAARHEID,
                    INTAKE_LEEFGEBIEDEN);
        }
    }
}
