package nl.regie.inburgering.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The server's date rules of the brede intake: each refusal names the field and shows the date as the server
 * understood it (dd-mm-jjjj) with the rule, and writes nothing; each boundary itself is accepted.
 */
class DatumRegelsTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;

    @Autowired OproepRepository oproepen;
    @Autowired BredeIntakeRepository intakes;

    /** A statushouder in the BRP with DUO's kennisgeving: the ten weeks run, so the PIP limit is known. */
    private Dossier metPipTermijn() {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG.minusDays(3));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(3));
        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).as("de PIP-termijn loopt").isNotNull();
        return dossier;
    }

    private OngeldigeInvoerException weigering(Dossier dossier, String taak, Map<String, Object> variabelen) {
        OngeldigeInvoerException fout = catchThrowableOfType(OngeldigeInvoerException.class,
                () -> voltooi(CM, dossier, taak, variabelen));
        assertThat(fout).as("geweigerd").isNotNull();
        assertThat(taak(dossier, taak)).as("de taak blijft open").isNotNull();
        return fout;
    }

    private static String nl(LocalDate datum) {
        return String.format("%02d-%02d-%04d", datum.getDayOfMonth(), datum.getMonthValue(), datum.getYear());
    }

    private static Map<String, Object> oproep(LocalDate datum, String... extra) {
        Map<String, Object> v = new HashMap<>(Map.of("oproepDatum", datum.toString(), "oproepLocatie", "Stadhuis"));
        for (int i = 0; i < extra.length; i += 2) {
            v.put(extra[i], extra[i + 1]);
        }
        return v;
    }

    private static Map<String, Object> gesprek(LocalDate datum) {
        return Map.of("intakeGesprekDatum", datum.toString(), "domeinTaal", "Arabisch", "domeinOpleiding", "Havo",
                "domeinWerk", "Monteur", "domeinGezondheid", "Geen bijzonderheden", "meegewerkt", "JA");
    }

    @Test
    void eenOproepInHetVerledenWordtGeweigerdEnVandaagMag() {
        Dossier dossier = metPipTermijn();
        OngeldigeInvoerException fout = weigering(dossier, "Task_OproepVersturen", oproep(VANDAAG.minusDays(1)));
        assertThat(fout.getVelden()).containsExactly("oproepDatum");
        assertThat(fout.getMessage()).contains("01-03-2026", "verleden", "02-03-2026");
        assertThat(oproepen.countByDossierId(dossier.getId())).isZero();

        voltooi(CM, dossier, "Task_OproepVersturen", oproep(VANDAAG));
        assertThat(oproepen.findByDossierIdOrderByVolgnummer(dossier.getId())).singleElement()
                .satisfies(o -> assertThat(o.getDatum()).isEqualTo(VANDAAG));
    }

    @Test
    void eenOproepMeerDanEenJaarVooruitWordtGeweigerd() {
        Dossier dossier = openStatushouder("0441"); // the ten weeks have not started: only the year counts
        OngeldigeInvoerException fout = weigering(dossier, "Task_OproepVersturen", oproep(VANDAAG.plusYears(1).plusDays(1)));
        assertThat(fout.getVelden()).containsExactly("oproepDatum");
        assertThat(fout.getMessage()).contains("03-03-2027", "meer dan een jaar", "02-03-2027");

        voltooi(CM, dossier, "Task_OproepVersturen", oproep(VANDAAG.plusYears(1)));
        assertThat(oproepen.findByDossierIdOrderByVolgnummer(dossier.getId())).singleElement()
                .satisfies(o -> assertThat(o.getNaPipTermijnReden()).isNull());
    }

    @Test
    void naDeUiterstePipDatumAlleenMetEenReden() {
        Dossier dossier = metPipTermijn();
        LocalDate uiterlijk = herlaad(dossier).getPipUiterlijkeDatum();

        OngeldigeInvoerException fout = weigering(dossier, "Task_OproepVersturen", oproep(uiterlijk.plusDays(1)));
        assertThat(fout.getVelden()).containsExactly("oproepDatum", OproepDatumControle.REDEN);
        assertThat(fout.getMessage()).contains(nl(uiterlijk.plusDays(1)) + " ligt na de uiterste PIP-datum " + nl(uiterlijk),
                "geef een reden");
        assertThat(oproepen.countByDossierId(dossier.getId())).isZero();

        voltooi(CM, dossier, "Task_OproepVersturen", oproep(uiterlijk.plusDays(1), OproepDatumControle.REDEN,
                "Tolk Tigrinya pas daarna beschikbaar"));
        assertThat(oproepen.findByDossierIdOrderByVolgnummer(dossier.getId())).singleElement()
                .satisfies(o -> assertThat(o.getNaPipTermijnReden()).isEqualTo("Tolk Tigrinya pas daarna beschikbaar"));
        assertThat(runtimeService.getVariables(proces(dossier, "brede-intake").getId()))
                .as("the reason lives in our table").doesNotContainKey(OproepDatumControle.REDEN);
    }

    @Test
    void opDeUiterstePipDatumZelfIsGeenRedenNodigEnWordtEenRedenNietBewaard() {
        Dossier dossier = metPipTermijn();
        LocalDate uiterlijk = herlaad(dossier).getPipUiterlijkeDatum();
        voltooi(CM, dossier, "Task_OproepVersturen", oproep(uiterlijk, OproepDatumControle.REDEN, "niet nodig"));
        assertThat(oproepen.findByDossierIdOrderByVolgnummer(dossier.getId())).singleElement()
                .satisfies(o -> assertThat(o.getNaPipTermijnReden()).isNull());
    }

    @Test
    void verschenenAlleenVoorEenAfspraakDieGeweestIs() {
        Dossier dossier = metPipTermijn();
        LocalDate afspraak = VANDAAG.plusDays(7);
        voltooi(CM, dossier, "Task_OproepVersturen", oproep(afspraak));

        for (Map<String, Object> antwoord : java.util.List.<Map<String, Object>>of(Map.of("verschenen", "JA"),
                Map.of("verschenen", "NEE", "redenNietVerschenen", "GEEN_GELDIGE_REDEN"))) {
            OngeldigeInvoerException fout = weigering(dossier, "Task_VerschijningVastleggen", antwoord);
            assertThat(fout.getVelden()).containsExactly("verschenen");
            assertThat(fout.getMessage()).contains("09-03-2026", "nog niet geweest", "02-03-2026");
        }
        assertThat(oproepen.findByDossierIdOrderByVolgnummer(dossier.getId())).singleElement()
                .satisfies(o -> assertThat(o.getVerschenen()).isNull());

        verstrijkTot(dossier, afspraak.minusDays(1));
        assertThat(weigering(dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA")).getVelden())
                .as("the day before").containsExactly("verschenen");
        verstrijkTot(dossier, afspraak);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        assertThat(oproepen.findByDossierIdOrderByVolgnummer(dossier.getId())).singleElement()
                .satisfies(o -> assertThat(o.getVerschenen()).isTrue());
    }

    @Test
    void hetIntakegesprekNietInDeToekomstEnNietVoorDeAfspraak() {
        Dossier dossier = metPipTermijn();
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));

        OngeldigeInvoerException toekomst = weigering(dossier, "Task_BredeIntakeGesprekVoeren", gesprek(VANDAAG.plusDays(1)));
        assertThat(toekomst.getVelden()).containsExactly("intakeGesprekDatum");
        assertThat(toekomst.getMessage()).contains("03-03-2026 ligt in de toekomst", "vandaag is 02-03-2026");

        OngeldigeInvoerException voor = weigering(dossier, "Task_BredeIntakeGesprekVoeren", gesprek(VANDAAG.minusDays(1)));
        assertThat(voor.getVelden()).containsExactly("intakeGesprekDatum");
        assertThat(voor.getMessage()).contains("01-03-2026 ligt voor de afspraak van de brede intake op 02-03-2026");
        assertThat(intakes.findByDossierId(dossier.getId())).as("nothing written").isEmpty();

        voltooi(CM, dossier, "Task_BredeIntakeGesprekVoeren", gesprek(VANDAAG));
        assertThat(intakes.findByDossierId(dossier.getId()).orElseThrow().getGesprekDatum()).isEqualTo(VANDAAG);
    }

    @Test
    void deLeerbaarheidstoetsNietInDeToekomstEnNietVoorDeKoppeling() {
        Dossier dossier = metPipTermijn();
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        voltooi(CM, dossier, "Task_BredeIntakeGesprekVoeren", gesprek(VANDAAG));
        LocalDate koppeling = herlaad(dossier).getKoppelingsdatum();

        OngeldigeInvoerException toekomst = weigering(dossier, "Task_LeerbaarheidstoetsVastleggen", toets(VANDAAG.plusDays(1)));
        assertThat(toekomst.getVelden()).containsExactly("lbtDatum");
        assertThat(toekomst.getMessage()).contains("03-03-2026 ligt in de toekomst");

        OngeldigeInvoerException voor = weigering(dossier, "Task_LeerbaarheidstoetsVastleggen", toets(koppeling.minusDays(1)));
        assertThat(voor.getVelden()).containsExactly("lbtDatum");
        assertThat(voor.getMessage()).contains(nl(koppeling.minusDays(1)) + " ligt voor de koppeling aan de gemeente op "
                + nl(koppeling));

        voltooi(CM, dossier, "Task_LeerbaarheidstoetsVastleggen", toets(koppeling));
        assertThat(intakes.findByDossierId(dossier.getId()).orElseThrow().getLbtDatum()).isEqualTo(koppeling);
    }

    private static Map<String, Object> toets(LocalDate datum) {
        return Map.of("lbtVrijgesteld", "NEE", "lbtUitslag", "HAALBAAR", "lbtScore", 70, "lbtVereisteScore", 50,
                "lbtDatum", datum.toString());
    }

    @Test
    void deWaarschuwingNietVoorDeGemisteAfspraak() {
        Dossier dossier = metPipTermijn();
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "NEE",
                "redenNietVerschenen", "GEEN_GELDIGE_REDEN"));

        OngeldigeInvoerException voor = weigering(dossier, "Task_SchriftelijkeWaarschuwingVersturen",
                Map.of("waarschuwingVerzonden", VANDAAG.minusDays(1).toString()));
        assertThat(voor.getVelden()).containsExactly("waarschuwingVerzonden");
        assertThat(voor.getMessage()).contains("01-03-2026 ligt voor de gemiste afspraak op 02-03-2026");

        voltooi(CM, dossier, "Task_SchriftelijkeWaarschuwingVersturen", Map.of("waarschuwingVerzonden", VANDAAG.toString()));
        assertThat(oproepen.findByDossierIdOrderByVolgnummer(dossier.getId())).first()
                .satisfies(o -> assertThat(o.getWaarschuwingVerzonden()).isEqualTo(VANDAAG));
        assertThat(Tijd.vandaag()).isEqualTo(VANDAAG);
    }
}
