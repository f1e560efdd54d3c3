package nl.regie.inburgering.gemeente;

import java.beans.PropertyDescriptor;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gemeenten served by this installation and their policy settings ({@code regie.*} in application.yml).
 * Every setting in {@link Beleid} has a default under {@code regie.standaard}; a gemeente overrides only what differs.
 */
@ConfigurationProperties(prefix = "regie")
public class GemeentenProperties {

    private Beleid standaard = new Beleid();
    private Map<String, GemeenteInstelling> gemeenten = new LinkedHashMap<>();

    public Beleid getStandaard() { return standaard; }
    public void setStandaard(Beleid standaard) { this.standaard = standaard; }
    public Map<String, GemeenteInstelling> getGemeenten() { return gemeenten; }
    public void setGemeenten(Map<String, GemeenteInstelling> gemeenten) { this.gemeenten = gemeenten; }

    /** Policy values of one gemeente; null means "take the default". */
    public static class Beleid {
        // brede intake and PIP (the ten weeks, the two weeks and the three years are law: termijn/Wettermijnen)
        private Period pipHerinneringNa;
        private Integer maxOproepenBredeIntake;
        /** A statushouder whose BRP registration is still unknown this long after the koppeling: casemanager task. */
        private Period brpOnbekendSignaalNa;
        // inburgeringstermijn bewaken (local policy: how long before the end the casemanager is asked to act)
        private Period termijnHerinneringVoorEinde;
        private Period trajectenGereedVoorEinde;
        // financieel ontzorgen (Pw 56a)
        private Period ontzorgenDuur;
        private Period budgetbeheerVerlenging;
        private List<String> ontzorgenVasteLasten;
        private Boolean ontzorgenNareizigers;
        /** What starts ontzorgen: the start of the bijstand, or the housing (with the bijstand) in the gemeente. */
        private OntzorgenStart ontzorgenStart;
        // maatschappelijke begeleiding
        private Period begeleidingDuur;
        private Period begeleidingVerlenging;
        private Boolean begeleidingVerlengingToegestaan;
        private Period begeleidingBesluitVoorEinde;
        /** The gemeente's own casemanagers give the begeleiding (Hoorn): Tasklist tasks instead of a partner topic. */
        private Boolean begeleidingDoorGemeente;
        // leerroute
        private Period voortgangInterval;
        /** Route switches allowed in one dossier; -1 is no local limit. (The 1.5 years and 800 + 800 hours are law.) */
        private Integer maxRoutewissels;
        // voortgangsgesprekken (Wi 16): the interval when the PIP fixes none, a new date after a no-show, the margin
        private Period voortgangsgesprekInterval;
        private Period voortgangsgesprekOpnieuwNa;
        private Period voortgangsgesprekUitvoerenBinnen;
        // PVT and MAP
        private Period pvtStreeftermijn;
        private Period mapStartNa;
        private Integer mapMinimumUren;
        private Period afmeldingBevestigenBinnen;
        /** A partner task without an answer this long after it was offered gives the casemanager a task. */
        private Period partnerAntwoordBinnen;
        /**
         * Per external-task topic, the answer period when it differs from {@link #partnerAntwoordBinnen} (work that
         * takes months, such as {@code map-uitvoering}). A gemeente's entries add to or override the defaults' entries.
         */
        private Map<String, Period> partnerAntwoordBinnenPerTopic;

        /** This policy with every unset value taken from {@code standaard}; fails when the default is missing too. */
        Beleid aangevuldMet(Beleid standaard) {
            Beleid resultaat = new Beleid();
            BeanWrapper eigen = new BeanWrapperImpl(this);
            BeanWrapper basis = new BeanWrapperImpl(standaard);
            BeanWrapper doel = new BeanWrapperImpl(resultaat);
            for (PropertyDescriptor p : eigen.getPropertyDescriptors()) {
                if (p.getWriteMethod() == null || p.getReadMethod() == null || p.getPropertyType() == String.class) {
                    continue;
                }
                Object waarde = eigen.getPropertyValue(p.getName());
                Object standaardWaarde = basis.getPropertyValue(p.getName());
                if (waarde instanceof Map<?, ?> eigenMap && standaardWaarde instanceof Map<?, ?> standaardMap) {
                    Map<Object, Object> samen = new LinkedHashMap<>(standaardMap);
                    samen.putAll(eigenMap);
                    waarde = samen;
                }
                if (waarde == null) {
                    waarde = standaardWaarde;
                }
                if (waarde == null) {
                    throw new IllegalStateException("regie.standaard mist de instelling " + p.getName());
                }
                doel.setPropertyValue(p.getName(), waarde);
            }
            return resultaat;
        }

        public Period getPipHerinneringNa() { return pipHerinneringNa; }
        public void setPipHerinneringNa(Period v) { this.pipHerinneringNa = v; }
        public Integer getMaxOproepenBredeIntake() { return maxOproepenBredeIntake; }
        public void setMaxOproepenBredeIntake(Integer v) { this.maxOproepenBredeIntake = v; }
        public Period getBrpOnbekendSignaalNa() { return brpOnbekendSignaalNa; }
        public void setBrpOnbekendSignaalNa(Period v) { this.brpOnbekendSignaalNa = v; }
        public Period getTermijnHerinneringVoorEinde() { return termijnHerinneringVoorEinde; }
        public void setTermijnHerinneringVoorEinde(Period v) { this.termijnHerinneringVoorEinde = v; }
        public Period getTrajectenGereedVoorEinde() { return trajectenGereedVoorEinde; }
        public void setTrajectenGereedVoorEinde(Period v) { this.trajectenGereedVoorEinde = v; }
        public Period getOntzorgenDuur() { return ontzorgenDuur; }
        public void setOntzorgenDuur(Period v) { this.ontzorgenDuur = v; }
        public Period getBudgetbeheerVerlenging() { return budgetbeheerVerlenging; }
        public void setBudgetbeheerVerlenging(Period v) { this.budgetbeheerVerlenging = v; }
        public List<String> getOntzorgenVasteLasten() { return ontzorgenVasteLasten; }
        public void setOntzorgenVasteLasten(List<String> v) { this.ontzorgenVasteLasten = v; }
        public Boolean getOntzorgenNareizigers() { return ontzorgenNareizigers; }
        public void setOntzorgenNareizigers(Boolean v) { this.ontzorgenNareizigers = v; }
        public OntzorgenStart getOntzorgenStart() { return ontzorgenStart; }
        public void setOntzorgenStart(OntzorgenStart v) { this.ontzorgenStart = v; }
        public Period getBegeleidingDuur() { return begeleidingDuur; }
        public void setBegeleidingDuur(Period v) { this.begeleidingDuur = v; }
        public Period getBegeleidingVerlenging() { return begeleidingVerlenging; }
        public void setBegeleidingVerlenging(Period v) { this.begeleidingVerlenging = v; }
        public Boolean getBegeleidingVerlengingToegestaan() { return begeleidingVerlengingToegestaan; }
        public void setBegeleidingVerlengingToegestaan(Boolean v) { this.begeleidingVerlengingToegestaan = v; }
        public Period getBegeleidingBesluitVoorEinde() { return begeleidingBesluitVoorEinde; }
        public void setBegeleidingBesluitVoorEinde(Period v) { this.begeleidingBesluitVoorEinde = v; }
        public Boolean getBegeleidingDoorGemeente() { return begeleidingDoorGemeente; }
        public void setBegeleidingDoorGemeente(Boolean v) { this.begeleidingDoorGemeente = v; }
        public Period getVoortgangInterval() { return voortgangInterval; }
        public void setVoortgangInterval(Period v) { this.voortgangInterval = v; }
        public Integer getMaxRoutewissels() { return maxRoutewissels; }
        public void setMaxRoutewissels(Integer v) { this.maxRoutewissels = v; }
        public Period getVoortgangsgesprekInterval() { return voortgangsgesprekInterval; }
        public void setVoortgangsgesprekInterval(Period v) { this.voortgangsgesprekInterval = v; }
        public Period getVoortgangsgesprekOpnieuwNa() { return voortgangsgesprekOpnieuwNa; }
        public void setVoortgangsgesprekOpnieuwNa(Period v) { this.voortgangsgesprekOpnieuwNa = v; }
        public Period getVoortgangsgesprekUitvoerenBinnen() { return voortgangsgesprekUitvoerenBinnen; }
        public void setVoortgangsgesprekUitvoerenBinnen(Period v) { this.voortgangsgesprekUitvoerenBinnen = v; }
        public Period getPvtStreeftermijn() { return pvtStreeftermijn; }
        public void setPvtStreeftermijn(Period v) { this.pvtStreeftermijn = v; }
        public Period getMapStartNa() { return mapStartNa; }
        public void setMapStartNa(Period v) { this.mapStartNa = v; }
        public Integer getMapMinimumUren() { return mapMinimumUren; }
        public void setMapMinimumUren(Integer v) { this.mapMinimumUren = v; }
        public Period getAfmeldingBevestigenBinnen() { return afmeldingBevestigenBinnen; }
        public void setAfmeldingBevestigenBinnen(Period v) { this.afmeldingBevestigenBinnen = v; }
        public Period getPartnerAntwoordBinnen() { return partnerAntwoordBinnen; }
        public void setPartnerAntwoordBinnen(Period v) { this.partnerAntwoordBinnen = v; }
        public Map<String, Period> getPartnerAntwoordBinnenPerTopic() { return partnerAntwoordBinnenPerTopic; }
        public void setPartnerAntwoordBinnenPerTopic(Map<String, Period> v) { this.partnerAntwoordBinnenPerTopic = v; }

        // The legal periods and numbers (termijn/Wettermijnen) are no policy. Their old keys still bind here, only to
        // be refused at start (gemeente/Gemeenten) with the key named: a law is not overridable per gemeente.
        private final java.util.Set<String> wettelijkeSleutels = new java.util.TreeSet<>();

        /** The legal keys (termijn/Wettermijnen.CONFIGURATIESLEUTELS) this configuration sets: must be empty. */
        java.util.Set<String> wettelijkeSleutels() { return wettelijkeSleutels; }

        public void setPipTermijn(String v) { wettelijkeSleutels.add("pip-termijn"); }
        public void setPipTermijnNaInformatieDerde(String v) { wettelijkeSleutels.add("pip-termijn-na-informatie-derde"); }
        public void setInburgeringstermijn(String v) { wettelijkeSleutels.add("inburgeringstermijn"); }
        public void setRoutewisselTermijn(String v) { wettelijkeSleutels.add("routewissel-termijn"); }
        public void setZRouteTaaluren(String v) { wettelijkeSleutels.add("z-route-taaluren"); }
        public void setZRouteParticipatieuren(String v) { wettelijkeSleutels.add("z-route-participatieuren"); }
        public void setBezwaartermijn(String v) { wettelijkeSleutels.add("bezwaartermijn"); }
        public void setBeslistermijnBezwaar(String v) { wettelijkeSleutels.add("beslistermijn-bezwaar"); }

        /** The answer period for a partner task of this topic: its own entry, else {@code partner-antwoord-binnen}. */
        public Period partnerAntwoordBinnenVoor(String topic) {
            Period eigen = topic == null || partnerAntwoordBinnenPerTopic == null
                    ? null : partnerAntwoordBinnenPerTopic.get(topic);
            return eigen != null ? eigen : partnerAntwoordBinnen;
        }
    }

    public static class GemeenteInstelling extends Beleid {
        private String naam;
        private String regio;
        /** Where partners and inburgeraars reach the gemeente's team (e-mail address). */
        private String contact;
        /** duo: the gemeente's OIN (Organisatie-identificatienummer, 20 digits): DUO's {@code doel} and our {@code bron}. */
        private String oin;

        public String getOin() { return oin; }
        public void setOin(String oin) { this.oin = oin; }
        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public String getRegio() { return regio; }
        public void setRegio(String regio) { this.regio = regio; }
        public String getContact() { return contact; }
        public void setContact(String contact) { this.contact = contact; }
    }
}
