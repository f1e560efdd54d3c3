package nl.regie.inburgering.leerroute;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.ExamenresultaatDuoOntvangen;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * DUO's exam results (event {@code EXAMENRESULTAAT_DUO}, SS199): checks the toelichting code and stores each part's
 * result as the authoritative one. B1 (all five parts: lezen, luisteren, schrijven, spreken, KNM) counts as reached on
 * these only ({@link #b1Behaald}); a part once passed stays passed (a later re-sit of another part does not undo it).
 */
@Component
public class DuoExamenresultaten {

    private final ExamenresultaatDuoRepository resultaten;

    public DuoExamenresultaten(ExamenresultaatDuoRepository resultaten) {
        this.resultaten = resultaten;
    }

    @EventListener
    public void ontvangen(ExamenresultaatDuoOntvangen event) {
        Map<String, String> uitslagen = lees(event.code());
        uitslagen.forEach((onderdeel, uitslag) -> resultaten.save(
                new ExamenresultaatDuo(event.dossierId(), onderdeel, uitslag, event.examendatum(), Instant.now())));
    }

    /** Parses {@code ONDERDEEL:UITSLAG[;…]}; throws naming {@code toelichting} on anything else. */
    static Map<String, String> lees(String code) {
        String uitleg = "moet bij EXAMENRESULTAAT_DUO de uitslagen bevatten als ONDERDEEL:UITSLAG, gescheiden door ';' "
                + "(onderdelen " + LeerrouteVariabelen.EXAMENONDERDELEN + ", uitslag " + LeerrouteVariabelen.EXAMENUITSLAGEN
                + "), bijvoorbeeld LEZEN:GEHAALD;KNM:NIET_GEHAALD";
        if (code == null || code.isBlank()) {
            throw OngeldigVerzoekException.veld("toelichting", uitleg);
        }
        Map<String, String> uitslagen = new LinkedHashMap<>();
        for (String deel : code.split(";", -1)) {
            String[] paar = deel.strip().split(":", -1);
            if (paar.length != 2 || !LeerrouteVariabelen.EXAMENONDERDELEN.contains(paar[0].strip())
                    || !LeerrouteVariabelen.EXAMENUITSLAGEN.contains(paar[1].strip())
                    || uitslagen.put(paar[0].strip(), paar[1].strip()) != null) {
                throw OngeldigVerzoekException.veld("toelichting", uitleg);
            }
        }
        return uitslagen;
    }

    /** Whether DUO reported every B1 exam part passed. */
    public boolean b1Behaald(Long dossierId) {
        var gehaald = resultaten.findByDossierIdOrderByDatumAscIdAsc(dossierId).stream()
                .filter(ExamenresultaatDuo::isGehaald).map(ExamenresultaatDuo::getOnderdeel).distinct().toList();
        return gehaald.containsAll(LeerrouteVariabelen.EXAMENONDERDELEN);
    }
}
