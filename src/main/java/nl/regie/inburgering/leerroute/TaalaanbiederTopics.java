package nl.regie.inburgering.leerroute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.partner.Antwoordregels;
import nl.regie.inburgering.partner.PartnerTopic;
import nl.regie.inburgering.pip.Leerroute;

/** The taalaanbieder's two topics and what an acceptable answer to each is. */
@Configuration
public class TaalaanbiederTopics {

    /** Enrolment: the start date of the course (it may lie ahead, but within a year). */
    @Bean
    public PartnerTopic taalaanbiederAanmelding() {
        return new PartnerTopic(LeerrouteVariabelen.TOPIC_AANMELDING, (gevraagd, antwoord) -> {
            Antwoordregels regels = new Antwoordregels(antwoord)
                    .alleen(List.of("startdatum", "opmerking"))
                    .datumBinnen("startdatum", true, 365)
                    .tekst("opmerking", false, 1000);
            return regels.fouten();
        });
    }

    /** A progress report: levels per skill, attendance and hours; Z-route: language and participation hours. */
    @Bean
    public PartnerTopic taalaanbiederVoortgang() {
        return new PartnerTopic(LeerrouteVariabelen.TOPIC_VOORTGANG, (gevraagd, antwoord) -> {
            boolean zRoute = Leerroute.Z.name().equals(gevraagd.get("leerroute"));
            List<String> velden = new ArrayList<>(LeerrouteVariabelen.VAARDIGHEDEN);
            velden.addAll(List.of("aanwezigheid", "uren", "taaluren", "participatieuren", "trajectAfgerond",
                    "examenDatum", "toelichting"));
            LeerrouteVariabelen.EXAMENONDERDELEN.forEach(o -> velden.add(LeerrouteVariabelen.examenveld(o)));
            Antwoordregels regels = new Antwoordregels(antwoord).alleen(velden)
                    .geheelGetal("aanwezigheid", true, 0, 100)
                    .geheelGetal("uren", !zRoute, 0, 2000)
                    .geheelGetal("taaluren", zRoute, 0, 1000)
                    .geheelGetal("participatieuren", zRoute, 0, 1000)
                    .tekst("toelichting", false, 4000)
                    .booleaan("trajectAfgerond", false);
            LeerrouteVariabelen.VAARDIGHEDEN.forEach(v -> regels.keuze(v, true, LeerrouteVariabelen.NIVEAUS));
            boolean examen = false;
            for (String onderdeel : LeerrouteVariabelen.EXAMENONDERDELEN) {
                String veld = LeerrouteVariabelen.examenveld(onderdeel);
                regels.keuze(veld, false, LeerrouteVariabelen.EXAMENUITSLAGEN);
                examen |= antwoord.get(veld) != null;
            }
            regels.datumNietInDeToekomst("examenDatum", examen);
            return regels.fouten();
        });
    }
}
