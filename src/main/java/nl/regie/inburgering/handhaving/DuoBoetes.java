package nl.regie.inburgering.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.BoeteDuoOntvangen;
import nl.regie.inburgering.dossier.GebeurtenisRepository;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * DUO's own fines (event {@link GebeurtenisType#BOETE_DUO}): facts on the dossier, never fines of the gemeente (they
 * do not count for the gemeente's maximum per inburgeringstermijn, nor for a repeat). Checks the toelichting code
 * {@code ONDERDEEL:<PVT|MAP|LEERROUTE|INBURGERINGSTERMIJN>;BEDRAG:<euros.centen>} when DUO reports one, and reads the
 * recorded ones back for the handhaving overview.
 */
@Component
public class DuoBoetes {

    /** The onderdelen DUO fines: PVT, MAP, the leerroute, and the inburgeringstermijn passed. */
    public static final List<String> ONDERDELEN = List.of("PVT", "MAP", "LEERROUTE", "INBURGERINGSTERMIJN");

    private static final Pattern CODE = Pattern.compile(
            "ONDERDEEL:(" + String.join("|", ONDERDELEN) + ");BEDRAG:(\\d{1,7}\\.\\d{2})");

    static final String UITLEG = "moet bij BOETE_DUO de boete bevatten als ONDERDEEL:<onderdeel>;BEDRAG:<euro's met twee"
            + " decimalen en een punt, meer dan nul> (onderdelen " + ONDERDELEN + "), bijvoorbeeld ONDERDEEL:PVT;BEDRAG:340.00";

    /** One fine DUO imposed, as recorded: the date of DUO's beschikking, the onderdeel and the amount. */
    public record DuoBoete(LocalDate datum, String onderdeel, BigDecimal bedrag) {
    }

    private final GebeurtenisRepository gebeurtenissen;

    public DuoBoetes(GebeurtenisRepository gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    /** DUO reported a fine: an invalid code throws (400 naming {@code toelichting}) and nothing is written. */
    @EventListener
    public void ontvangen(BoeteDuoOntvangen event) {
        lees(event.datum(), event.code());
    }

    /** DUO's fines recorded on the dossier, oldest first. */
    public List<DuoBoete> van(Long dossierId) {
        return gebeurtenissen.findByDossierIdAndTypeOrderByDatumAscIdAsc(dossierId, GebeurtenisType.BOETE_DUO).stream()
                .map(g -> lees(g.getDatum(), g.getToelichting()))
                .toList();
    }

    /** Parses the code; throws naming {@code toelichting} on anything else (or an amount of zero). */
    static DuoBoete lees(LocalDate datum, String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches() || new BigDecimal(m.group(2)).signum() <= 0) {
            throw OngeldigVerzoekException.veld("toelichting", UITLEG);
        }
        return new DuoBoete(datum, m.group(1), new BigDecimal(m.group(2)));
    }
}
