package nl.regie.inburgering.leerroute;

import java.util.List;

/** Variables of the leerroute model and the answers of the taalaanbieder. */
final class LeerrouteVariabelen {

    static final String VOLGENDE_VOORTGANG = "volgendeVoortgang";
    static final String VOLGENDE_VOORTGANG_DATUM = "volgendeVoortgangDatum";
    static final String LEERROUTE_BEHAALD = "leerrouteBehaald";
    static final String EINDGESPREK_UITERLIJK = "eindgesprekUiterlijk";
    static final String MONITORING_BESLUIT = "monitoringBesluit";

    static final String TOPIC_AANMELDING = "taalaanbieder-aanmelding";
    static final String TOPIC_VOORTGANG = "taalaanbieder-voortgang";

    static final List<String> NIVEAUS = List.of("A0", "A1", "A2", "B1", "B2");
    static final List<String> VAARDIGHEDEN = List.of("lezen", "luisteren", "schrijven", "spreken");
    /** Exam parts of the B1-route, as answered: examenLezen … examenKnm. */
    static final List<String> EXAMENONDERDELEN = List.of("LEZEN", "LUISTEREN", "SCHRIJVEN", "SPREKEN", "KNM");
    static final List<String> EXAMENUITSLAGEN = List.of("GEHAALD", "NIET_GEHAALD");

    static String examenveld(String onderdeel) {
        return "examen" + onderdeel.charAt(0) + onderdeel.substring(1).toLowerCase();
    }

    private LeerrouteVariabelen() {
    }
}
