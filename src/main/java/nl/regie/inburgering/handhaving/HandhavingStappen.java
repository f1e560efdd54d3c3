package nl.regie.inburgering.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.partner.Antwoordregels;
import nl.regie.inburgering.partner.PartnerTopic;

/**
 * The steps of process {@value HandhavingZaken#PROCES}. Each user task's complete listener checks the form's extra
 * rules (a refusal names the field, nothing is written), stores the step with who, when and why on the case, writes
 * the audit row and removes the form values from the engine (the gateways read our table). The service tasks record
 * what the engine did (DUO's indication, no zienswijze, the financial system's confirmation).
 */
@Configuration
public class HandhavingStappen {

    /** The partner topic of the gemeente's financial system: INVORDEREN a boetebeschikking, or INTREKKEN it. */
    public static final String TOPIC = "boete-invordering";

    private static final List<String> JA_NEE = List.of("JA", "NEE");

    /**
     * On creating a task: what the case says so far, as task-local variables for the read-only fields of this task's
     * own form only (the engine's runtime holds no narrative a task does not show).
     */
    @Bean
    public TaskListener handhavingTaakGegevens(HandhavingZaken zaken) {
        return taak -> {
            HandhavingZaak zaak = zaken.zaak(taak.getExecution());
            Map<String, Object> gegevens = new LinkedHashMap<>();
            gegevens.put("zaaknummer", zaak.getZaaknummer());
            gegevens.put("gedraging", zaak.getGedraging().name());
            gegevens.put("periode", zaak.getPeriodeVan() + " t/m " + zaak.getPeriodeTot());
            gegevens.put("aanleiding", zaak.getAanleiding());
            gegevens.put("verplichtingUitgelegd", zaak.getVerplichtingUitgelegd());
            gegevens.put("verplichtingBegrepen", zaak.getVerplichtingBegrepen());
            gegevens.put("voorlichtingToelichting", zaak.getVoorlichtingToelichting());
            gegevens.put("verwijtbaarheidOordeel", zaak.getVerwijtbaarheid() == null ? null : zaak.getVerwijtbaarheid().name());
            gegevens.put("verwijtbaarheidReden", zaak.getVerwijtbaarheidReden());
            gegevens.put("waarschuwingDatum", tekst(zaak.getWaarschuwingDatum()));
            gegevens.put("nalevenVoor", tekst(zaak.getNalevenVoor()));
            gegevens.put("voornemenDatum", tekst(zaak.getVoornemenDatum()));
            gegevens.put("zienswijzeVoor", tekst(zaak.getZienswijzeVoor()));
            gegevens.put("zienswijzeOntvangen", zaak.getZienswijzeOntvangenOp() == null
                    ? (zaak.getZienswijzeVoor() != null && zaak.getStatus() != HandhavingZaak.Status.ZIENSWIJZE ? "Geen zienswijze ontvangen" : null)
                    : zaak.getZienswijzeOntvangenOp() + " (" + zaak.getZienswijzeVorm() + ")");
            gegevens.put("zienswijzeInhoud", zaak.getZienswijzeInhoud());
            gegevens.put("boeteBedrag", zaak.getBoeteBedrag() == null ? null : zaak.getBoeteBedrag().toPlainString());
            gegevens.put("boeteBerekening", zaak.getBoeteBerekening());
            gegevens.put("besluitDoor", zaak.getBesluitDoor());
            gegevens.put("besluitGenomen", zaak.getBesluit() == null ? null : zaak.getBesluit().name());
            gegevens.put("besluitReden", zaak.getBesluitReden());
            gegevens.put("teruggaveOpmerking", zaak.getTeruggaveOpmerking());
            gegevens.put("dagtekeningBeschikking", tekst(zaak.getDagtekening()));
            gegevens.put("bezwaarVoor", tekst(zaak.getBezwaarVoor()));
            gegevens.put("bezwaarOntvangenOp", tekst(zaak.getBezwaarOntvangenOp()));
            gegevens.values().removeIf(java.util.Objects::isNull);
            // only what this task's form shows: the zienswijze and the reasons stay off tasks that do not show them
            gegevens.keySet().retainAll(nl.regie.inburgering.engine.FormulierSchemas.veldnamen(taak));
            taak.setVariablesLocal(gegevens);
        };
    }

    @Bean
    public TaskListener handhavingVoorlichting(HuidigeGebruiker gebruiker, HandhavingZaken zaken) {
        return taak -> {
            String door = gebruiker.verplicht("verplichtingUitgelegd");
            HandhavingZaak zaak = open(zaken, taak, HandhavingZaak.Status.VOORLICHTING, "verplichtingUitgelegd");
            String uitgelegd = keuze(taak, "verplichtingUitgelegd", JA_NEE);
            String begrepen = keuze(taak, "verplichtingBegrepen", List.of("JA", "NEE", "ONBEKEND"));
            zaak.voorlichtingVastgelegd(uitgelegd, begrepen, Variabelen.tekst(taak, "voorlichtingToelichting"), door,
                    HandhavingZaken.nu());
            zaken.audit(zaak, door, "HANDHAVING_VOORLICHTING");
            ruimOp(taak, "verplichtingUitgelegd", "verplichtingBegrepen", "voorlichtingToelichting");
        };
    }

    @Bean
    public TaskListener handhavingVerwijtbaarheid(HuidigeGebruiker gebruiker, HandhavingZaken zaken) {
        return taak -> {
            String door = gebruiker.verplicht("verwijtbaarheid");
            HandhavingZaak zaak = open(zaken, taak, HandhavingZaak.Status.VERWIJTBAARHEID, "verwijtbaarheid");
            Verwijtbaarheid oordeel = Verwijtbaarheid.valueOf(keuze(taak, "verwijtbaarheid",
                    Arrays.stream(Verwijtbaarheid.values()).map(Enum::name).toList()));
            String reden = Variabelen.verplichteTekst(taak, "verwijtbaarheidReden", "is verplicht: waarom dit oordeel?");
            zaak.verwijtbaarheidBeoordeeld(oordeel, reden, door, HandhavingZaken.nu());
            zaken.audit(zaak, door, "HANDHAVING_VERWIJTBAARHEID");
            ruimOp(taak, "verwijtbaarheid", "verwijtbaarheidReden");
        };
    }

    @Bean
    public TaskListener handhavingWaarschuwing(HuidigeGebruiker gebruiker, HandhavingZaken zaken, HandhavingTermijnen termijnen) {
        return taak -> {
            String door = gebruiker.verplicht("waarschuwingDatum");
            HandhavingZaak zaak = open(zaken, taak, HandhavingZaak.Status.WAARSCHUWING, "waarschuwingDatum");
            LocalDate datum = verplichteDatum(taak, "waarschuwingDatum");
            if (zaak.getVerwijtbaarheidOp() != null) {
                Variabelen.nietVoor("waarschuwingDatum", datum, Tijd.alsDatum(java.util.Date.from(zaak.getVerwijtbaarheidOp())),
                        "het oordeel over de verwijtbaarheid");
            }
            zaak.gewaarschuwd(datum, termijnen.nalevenVoor(taak.getTenantId(), datum), door);
            zaken.audit(zaak, door, "HANDHAVING_WAARSCHUWING");
            ruimOp(taak, "waarschuwingDatum");
        };
    }

    @Bean
    public TaskListener handhavingNaleving(HuidigeGebruiker gebruiker, HandhavingZaken zaken) {
        return taak -> {
            String door = gebruiker.verplicht("nageleefd");
            HandhavingZaak zaak = open(zaken, taak, HandhavingZaak.Status.NALEVING, "nageleefd");
            boolean nageleefd = "JA".equals(keuze(taak, "nageleefd", JA_NEE));
            String toelichting = Variabelen.verplichteTekst(taak, "nalevingToelichting", "is verplicht: waaruit blijkt dit?");
            zaak.nalevingBeoordeeld(nageleefd, toelichting, door, HandhavingZaken.nu());
            zaken.audit(zaak, door, "HANDHAVING_NALEVING");
            ruimOp(taak, "nageleefd", "nalevingToelichting");
        };
    }

    @Bean
    public TaskListener handhavingVoornemen(HuidigeGebruiker gebruiker, HandhavingZaken zaken, HandhavingTermijnen termijnen) {
        return taak -> {
            String door = gebruiker.verplicht("voornemenDatum");
            HandhavingZaak zaak = open(zaken, taak, HandhavingZaak.Status.VOORNEMEN, "voornemenDatum");
            LocalDate datum = verplichteDatum(taak, "voornemenDatum");
            Variabelen.nietVoor("voornemenDatum", datum, zaak.getWaarschuwingDatum(), "de waarschuwing");
            zaak.voornemenVerstuurd(datum, termijnen.zienswijzeVoor(taak.getTenantId(), datum), door);
            zaken.audit(zaak, door, "HANDHAVING_VOORNEMEN_BOETE");
            ruimOp(taak, "voornemenDatum");
        };
    }

    @Bean
    public TaskListener handhavingZienswijze(HuidigeGebruiker gebruiker, HandhavingZaken zaken) {
        return taak -> {
            String door = gebruiker.verplicht("zienswijzeOntvangenOp");
            HandhavingZaak zaak = open(zaken, taak, HandhavingZaak.Status.ZIENSWIJZE, "zienswijzeOntvangenOp");
            LocalDate ontvangen = verplichteDatum(taak, "zienswijzeOntvangenOp");
            Variabelen.nietVoor("zienswijzeOntvangenOp", ontvangen, zaak.getVoornemenDatum(), "het voornemen");
            HandhavingZaak.ZienswijzeVorm vorm = HandhavingZaak.ZienswijzeVorm.valueOf(keuze(taak, "zienswijzeVorm",
                    List.of("SCHRIFTELIJK", "HOORGESPREK")));
            String inhoud = Variabelen.verplichteTekst(taak, "zienswijzeInhoud", "is verplicht: wat bracht de inburgeraar naar voren?");
            zaak.zienswijzeOntvangen(ontvangen, vorm, inhoud, door);
            zaken.audit(zaak, door, "HANDHAVING_ZIENSWIJZE");
            ruimOp(taak, "zienswijzeOntvangenOp", "zienswijzeVorm", "zienswijzeInhoud");
        };
    }

    @Bean
    public JavaDelegate handhavingGeenZienswijzeDelegate(HandhavingZaken zaken) {
        return execution -> {
            HandhavingZaak zaak = zaken.zaak(execution);
            zaak.geenZienswijze();
            zaken.audit(zaak, "systeem:handhaving", "HANDHAVING_GEEN_ZIENSWIJZE");
        };
    }

    @Bean
    public TaskListener handhavingBesluit(HuidigeGebruiker gebruiker, HandhavingZaken zaken) {
        return taak -> {
            String door = gebruiker.verplicht("besluit");
            HandhavingZaak zaak = open(zaken, taak, HandhavingZaak.Status.BESLUIT, "besluit");
            HandhavingZaak.Besluit besluit = HandhavingZaak.Besluit.valueOf(keuze(taak, "besluit", List.of("BOETE", "AFZIEN")));
            String reden = Variabelen.verplichteTekst(taak, "besluitReden", "is verplicht: waarom dit besluit?");
            if (besluit == HandhavingZaak.Besluit.BOETE && (zaak.getBoeteBedrag() == null || zaak.getBoeteBedrag().compareTo(BigDecimal.ZERO) <= 0)) {
                throw OngeldigeInvoerException.veld("besluit", "er is geen boetebedrag berekend: een boete kan niet");
            }
            zaak.besloten(besluit, reden, door, HandhavingZaken.nu());
            zaken.audit(zaak, door, besluit == HandhavingZaak.Besluit.BOETE ? "HANDHAVING_BESLUIT_BOETE" : "HANDHAVING_BESLUIT_AFZIEN");
            ruimOp(taak, "besluit", "besluitReden");
        };
    }

    /**
     * The teamleider's co-signature: four eyes against the preparer stored in our table ({@code besluitDoor}), never
     * a variable; the dagtekening not in the future, not before the besluit; a return needs a remark.
     */
    @Bean
    public TaskListener handhavingMedeondertekening(HuidigeGebruiker gebruiker, HandhavingZaken zaken, HandhavingTermijnen termijnen) {
        return taak -> {
            String door = gebruiker.verplicht("medeondertekening");
            HandhavingZaak zaak = open(zaken, taak, HandhavingZaak.Status.MEDEONDERTEKENING, "medeondertekening");
            if (door.equals(zaak.getBesluitDoor())) {
                throw OngeldigeInvoerException.veld("medeondertekening",
                        "vier ogen: u heeft dit besluit zelf voorbereid; een andere teamleider moet de boetebeschikking medeondertekenen");
            }
            String keuze = keuze(taak, "medeondertekening", List.of("ONDERTEKENEN", "TERUGGEVEN"));
            if ("TERUGGEVEN".equals(keuze)) {
                String opmerking = Variabelen.verplichteTekst(taak, "medeondertekeningOpmerking", "is verplicht bij teruggeven");
                zaak.teruggegeven(opmerking, door);
                zaken.audit(zaak, door, "HANDHAVING_BOETEBESCHIKKING_TERUGGEGEVEN");
            } else {
                LocalDate dagtekening = Variabelen.datumNietInDeToekomst(taak, "dagtekening");
                if (dagtekening == null) {
                    throw OngeldigeInvoerException.veld("dagtekening", "is verplicht bij ondertekenen");
                }
                LocalDate besluitDag = Tijd.alsDatum(java.util.Date.from(zaak.getBesluitOp()));
                Variabelen.nietVoor("dagtekening", dagtekening, besluitDag, "het besluit");
                zaak.medeondertekend(door, HandhavingZaken.nu(), dagtekening, termijnen.bezwaarVoor(dagtekening));
                zaken.audit(zaak, door, "HANDHAVING_BOETEBESCHIKKING");
            }
            ruimOp(taak, "medeondertekening", "dagtekening", "medeondertekeningOpmerking");
        };
    }

    @Bean
    public TaskListener handhavingBezwaar(HuidigeGebruiker gebruiker, HandhavingZaken zaken) {
        return taak -> {
            String door = gebruiker.verplicht("bezwaarUitkomst");
            HandhavingZaak zaak = open(zaken, taak, HandhavingZaak.Status.BEZWAAR, "bezwaarUitkomst");
            HandhavingZaak.BezwaarUitkomst uitkomst = HandhavingZaak.BezwaarUitkomst.valueOf(keuze(taak, "bezwaarUitkomst",
                    List.of("GEGROND", "ONGEGROND")));
            String reden = Variabelen.verplichteTekst(taak, "bezwaarReden", "is verplicht: waarom deze beslissing?");
            zaak.opBezwaarBeslist(uitkomst, reden, door, Tijd.vandaag());
            zaken.audit(zaak, door, "HANDHAVING_BEZWAAR_" + uitkomst.name());
            ruimOp(taak, "bezwaarUitkomst", "bezwaarReden");
        };
    }

    /** DUO enforces PVT, MAP and the leerroute: the case gives the verwijtbaar indication per result and ends. */
    @Bean
    public JavaDelegate handhavingDuoVerwijtbaarheidDelegate(HandhavingZaken zaken, DuoVerwijtbaarheidRepository indicaties,
                                                             org.springframework.context.ApplicationEventPublisher dossierEvents) {
        return execution -> {
            HandhavingZaak zaak = zaken.zaak(execution);
            DuoVerwijtbaarheid indicatie = indicaties.save(new DuoVerwijtbaarheid(zaak.getDossierId(),
                    zaak.getGedraging().duoOnderdeel(), zaak.getVerwijtbaarheid().verwijtbaar(), zaak.getId(),
                    Tijd.vandaag(), zaak.getVerwijtbaarheidDoor()));
            // duo: the indication goes to DUO where its interface has one (duo/melding)
            dossierEvents.publishEvent(new nl.regie.inburgering.dossier.DuoVerwijtbaarheidVastgesteld(
                    HandhavingZaak.dossiernummerVan(zaak.getZaaknummer()), indicatie.getOnderdeel(), indicatie.getId()));
            zaken.audit(zaak, zaak.getVerwijtbaarheidDoor(), "HANDHAVING_DUO_VERWIJTBAARHEID");
        };
    }

    // ------------------------------------------------------------------------------------------ invordering

    /** Execution listener (start of the invordering subprocess): the beschikking goes to the financial system. */
    @Bean
    public org.camunda.bpm.engine.delegate.ExecutionListener handhavingInvorderingGevraagd(HandhavingZaken zaken) {
        return execution -> {
            HandhavingZaak zaak = zaken.zaak(execution);
            zaak.invorderingGevraagd();
            zaken.audit(zaak, "systeem:handhaving", "HANDHAVING_INVORDERING_GEVRAAGD");
        };
    }

    /** The financial system confirmed the invordering with its kenmerk. */
    @Bean
    public JavaDelegate handhavingInvorderingVastleggenDelegate(HandhavingZaken zaken) {
        return execution -> {
            HandhavingZaak zaak = zaken.zaak(execution);
            zaak.invorderingBevestigd(Variabelen.tekst(execution, "kenmerk"), HandhavingZaken.nu());
            zaken.audit(zaak, "systeem:handhaving", "HANDHAVING_INVORDERING_BEVESTIGD");
            ruimOp(execution, "kenmerk", "bevestigd");
        };
    }

    /** Execution listener (start of the withdrawal subprocess): the financial system is asked to withdraw the fine. */
    @Bean
    public org.camunda.bpm.engine.delegate.ExecutionListener handhavingIntrekkingGevraagd(HandhavingZaken zaken) {
        return execution -> {
            HandhavingZaak zaak = zaken.zaak(execution);
            zaak.intrekkingGevraagd();
            zaken.audit(zaak, "systeem:handhaving", "HANDHAVING_INTREKKING_GEVRAAGD");
        };
    }

    @Bean
    public JavaDelegate handhavingIntrekkingVastleggenDelegate(HandhavingZaken zaken) {
        return execution -> {
            HandhavingZaak zaak = zaken.zaak(execution);
            zaak.ingetrokken();
            zaken.audit(zaak, "systeem:handhaving", "HANDHAVING_INVORDERING_INGETROKKEN");
            ruimOp(execution, "kenmerk", "bevestigd");
        };
    }

    /** What the model hands the financial system: the amount and dagtekening, the zaaknummer as reference. */
    @Bean("handhavingInvordering")
    public Invordering handhavingInvordering(HandhavingZaken zaken) {
        return new Invordering(zaken);
    }

    public static class Invordering {
        private final HandhavingZaken zaken;

        Invordering(HandhavingZaken zaken) {
            this.zaken = zaken;
        }

        public String bedrag(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return zaken.zaak(execution).getBoeteBedrag().toPlainString();
        }

        public String dagtekening(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return String.valueOf(zaken.zaak(execution).getDagtekening());
        }
    }

    /** The answer of the financial system: its kenmerk and {@code bevestigd: true}, nothing else. */
    @Bean
    public PartnerTopic boeteInvordering() {
        return new PartnerTopic(TOPIC, (gevraagd, antwoord) ->
                new Antwoordregels(antwoord).alleen(List.of("kenmerk", "bevestigd"))
                        .waar("bevestigd").tekst("kenmerk", true, 100).fouten());
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static HandhavingZaak open(HandhavingZaken zaken, DelegateTask taak, HandhavingZaak.Status verwacht, String veld) {
        HandhavingZaak zaak = zaken.zaak(taak.getExecution());
        if (zaak.getStatus() != verwacht) {
            throw OngeldigeInvoerException.veld(veld, "deze stap van zaak " + zaak.getZaaknummer() + " is al afgehandeld");
        }
        return zaak;
    }

    private static String keuze(DelegateTask taak, String veld, List<String> toegestaan) {
        String waarde = Variabelen.verplichteTekst(taak, veld, "is verplicht");
        if (!toegestaan.contains(waarde)) {
            throw OngeldigeInvoerException.veld(veld, "moet een van " + toegestaan + " zijn");
        }
        return waarde;
    }

    private static LocalDate verplichteDatum(DelegateTask taak, String veld) {
        LocalDate datum = Variabelen.datumNietInDeToekomst(taak, veld);
        if (datum == null) {
            throw OngeldigeInvoerException.veld(veld, "is verplicht");
        }
        return datum;
    }

    private static void ruimOp(DelegateTask taak, String... namen) {
        for (String naam : namen) {
            taak.removeVariableLocal(naam);
            taak.getExecution().removeVariable(naam);
        }
    }

    private static void ruimOp(org.camunda.bpm.engine.delegate.DelegateExecution execution, String... namen) {
        Variabelen.ruimOp(execution, namen);
    }

    private static String tekst(LocalDate datum) {
        return datum == null ? null : datum.toString();
    }
}
