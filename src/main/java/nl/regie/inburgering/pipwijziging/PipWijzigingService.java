package nl.regie.inburgering.pipwijziging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.PipWijzigingGevraagd;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.leerroute.LeerrouteTrajectRepository;
import nl.regie.inburgering.leerroute.Routewissel;
import nl.regie.inburgering.leerroute.RoutewisselRepository;
import nl.regie.inburgering.leerroute.RoutewisselService;
import nl.regie.inburgering.leerroute.Voortgangsrapportage;
import nl.regie.inburgering.leerroute.VoortgangsrapportageRepository;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipRegels;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * Any change of the PIP is a new PIP version (Wi 15), fixed with the same four eyes as the first PIP; the term never
 * moves. Started by our API ({@code POST /api/dossiers/{nr}/pip-wijzigingen}, and the route switch
 * {@code POST .../leerroutewissel}) and by the dossier event {@link PipWijzigingGevraagd} (a voortgangsgesprek). One
 * open change per dossier. The rules a change must meet are here, judged on our tables: the route switch's limits on
 * the day the new PIP is fixed (its dagtekening), A2 instead of B1 only after {@value #A2_NA_NT2_UREN} hours NT2 the
 * taalaanbieder reported, and DUO's consistency rules ({@link PipRegels}).
 */
@Service("pipWijzigingen")
public class PipWijzigingService {

    public static final String PROCES = "pip-wijziging";
    /** Wi 15 / Bi (B1-route): a part's level may become A2 after 600 hours of NT2 education and enough effort. */
    public static final int A2_NA_NT2_UREN = 600;
    public static final String AANLEIDING_CASEMANAGER = "CASEMANAGER";
    public static final String AANLEIDING_ROUTEWISSEL = "ROUTEWISSEL";

    private final DossierRepository dossiers;
    private final PipVersieRepository versies;
    private final PipWijzigingRepository wijzigingen;
    private final RoutewisselService routewissels;
    private final RoutewisselRepository routewisselRepository;
    private final LeerrouteTrajectRepository trajecten;
    private final VoortgangsrapportageRepository rapportages;
    private final RuntimeService runtimeService;

    public PipWijzigingService(DossierRepository dossiers, PipVersieRepository versies, PipWijzigingRepository wijzigingen,
                               RoutewisselService routewissels, RoutewisselRepository routewisselRepository,
                               LeerrouteTrajectRepository trajecten, VoortgangsrapportageRepository rapportages,
                               RuntimeService runtimeService) {
        this.dossiers = dossiers;
        this.versies = versies;
        this.wijzigingen = wijzigingen;
        this.routewissels = routewissels;
        this.routewisselRepository = routewisselRepository;
        this.trajecten = trajecten;
        this.rapportages = rapportages;
        this.runtimeService = runtimeService;
    }

    /** A change of the given kinds (may be none yet: the casemanager chooses them in the draft). */
    @Transactional
    public PipWijziging vraagAan(String dossiernummer, Set<PipWijzigingSoort> soorten, String reden, String aanleiding,
                                 String door) {
        Dossier dossier = dossiers.getByDossiernummer(dossiernummer);
        PipVersie geldend = geldendPip(dossier);
        geenOpenWijziging(dossier);
        if (soorten.contains(PipWijzigingSoort.LEERROUTE) && routewissels.huidigeRoute(dossiernummer) == null) {
            throw new ConflictException("Dossier " + dossiernummer + " heeft geen lopende leerroute om te wisselen.");
        }
        PipWijziging wijziging = wijzigingen.save(new PipWijziging(dossier.getId(), aanleiding, soorten, reden, door, Tijd.vandaag()));
        Map<String, Object> variabelen = startVariabelen(dossier, geldend, aanleiding, door, reden);
        soorten.forEach(s -> variabelen.put(s.formVeld(), true));
        start(dossier, wijziging, variabelen);
        return wijziging;
    }

    /**
     * The route switch as before issue 9 ({@code POST /leerroutewissel}): the casemanager's request is the draft (the
     * target and the reason), so it goes straight to a teamleider; refused at once when it could not be fixed today.
     */
    @Transactional
    public Routewissel vraagRoutewisselAan(String dossiernummer, Leerroute naar, String reden, String door) {
        Dossier dossier = dossiers.getByDossiernummer(dossiernummer);
        Leerroute van = routewissels.huidigeRoute(dossiernummer);
        if (van == null) {
            throw new ConflictException("Dossier " + dossiernummer + " heeft geen lopende leerroute om te wisselen.");
        }
        if (van == naar) {
            throw OngeldigVerzoekException.veld("leerroute", "is al de huidige leerroute (" + van + ")");
        }
        PipVersie geldend = geldendPip(dossier);
        geenOpenWijziging(dossier);
        String weigering = routewissels.weigering(dossier, van, naar, Tijd.vandaag());
        if (weigering != null) {
            throw new ConflictException(weigering);
        }
        Set<PipWijzigingSoort> soorten = EnumSet.of(PipWijzigingSoort.LEERROUTE);
        PipWijziging wijziging = new PipWijziging(dossier.getId(), AANLEIDING_ROUTEWISSEL, soorten, reden, door, Tijd.vandaag());
        wijziging.opgesteld(new Voorstel(soorten, reden, naar, null, null, null, null, null, null, null, null, null, null, null), door);
        wijzigingen.save(wijziging);
        Routewissel wissel = routewisselRepository.save(new Routewissel(dossier.getId(), van, naar, reden, door, Tijd.vandaag()));
        Map<String, Object> variabelen = startVariabelen(dossier, geldend, AANLEIDING_ROUTEWISSEL, door, reden);
        variabelen.put(PipWijzigingSoort.LEERROUTE.formVeld(), true);
        variabelen.put(ProcesVariabelen.LEERROUTE, naar.name());
        variabelen.put("opsteller", door);
        wissel.gestartIn(start(dossier, wijziging, variabelen));
        return wissel;
    }

    /**
     * The dossier event (a voortgangsgesprek's outcome "PIP wijzigen"): the casemanager gets the draft task. Nothing
     * happens when a change is already open (the casemanager is on it) or the dossier has no fixed PIP or has ended.
     */
    @EventListener
    public void bijPipWijzigingGevraagd(PipWijzigingGevraagd gevraagd) {
        Optional<Dossier> dossier = dossiers.findByDossiernummer(gevraagd.dossiernummer());
        if (dossier.isEmpty() || dossier.get().getAfgeslotenOp() != null
                || versies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.get().getId(), PipVersie.Status.VASTGESTELD).isEmpty()
                || openWijziging(dossier.get()).isPresent() || routewissels.wachtendeRoutewissel(dossier.get())) {
            return;
        }
        String aanleiding = gevraagd.aanleiding() == null ? AANLEIDING_CASEMANAGER : gevraagd.aanleiding();
        vraagAan(gevraagd.dossiernummer(), EnumSet.noneOf(PipWijzigingSoort.class), null,
                aanleiding.length() > 40 ? aanleiding.substring(0, 40) : aanleiding,
                gevraagd.door() == null ? "onbekend" : gevraagd.door());
    }

    /** Gateway: the request already is the draft (a route switch asked over the API). */
    public boolean opgesteld(DelegateExecution execution) {
        return vanProces(execution.getProcessInstanceId(), execution.getProcessBusinessKey()).getStatus()
                == PipWijziging.Status.TER_VASTSTELLING;
    }

    /** The change a process decides on, found by that process's id (a variable could be rewritten). */
    public PipWijziging vanProces(String procesInstantieId, String dossiernummer) {
        return wijzigingen.findByProcesInstantieId(procesInstantieId).orElseGet(() -> {
            // while the process starts (its id is recorded right after): the dossier's one open change
            PipWijziging wijziging = openWijziging(dossiers.getByDossiernummer(dossiernummer))
                    .filter(w -> w.getProcesInstantieId() == null)
                    .orElseThrow(() -> new IllegalStateException("Geen PIP-wijziging bij procesinstantie " + procesInstantieId));
            wijziging.gestartIn(procesInstantieId);
            return wijziging;
        });
    }

    public Optional<PipWijziging> openWijziging(Dossier dossier) {
        return wijzigingen.findByDossierIdOrderById(dossier.getId()).stream().filter(PipWijziging::isOpen).findFirst();
    }

    public PipVersie geldend(Dossier dossier) {
        return versies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(), PipVersie.Status.VASTGESTELD)
                .orElseThrow(() -> new IllegalStateException("Dossier " + dossier.getDossiernummer() + " heeft geen vastgesteld PIP"));
    }

    /** Hours of NT2 the taalaanbieders reported for this dossier, over all its trajecten. */
    public int nt2Uren(Dossier dossier) {
        return trajecten.findByDossierIdOrderById(dossier.getId()).stream()
                .flatMap(t -> rapportages.findByTrajectIdOrderByPeriodeTot(t.getId()).stream())
                .mapToInt(r -> waarde(r.getUren()) + waarde(r.getTaaluren())).sum();
    }

    /**
     * The rules a change must meet to be fixed on {@code peildatum} (the day the draft is made or the teamleider fixes
     * it). A refusal names the field (400).
     */
    public void controleer(Dossier dossier, Voorstel voorstel, LocalDate peildatum, String veldPeildatum) {
        PipVersie geldend = geldend(dossier);
        if (voorstel.wijzigt(PipWijzigingSoort.LEERROUTE)) {
            if (voorstel.leerroute() == null) {
                throw OngeldigeInvoerException.veld(ProcesVariabelen.LEERROUTE, "is verplicht bij een routewissel");
            }
            Leerroute van = routewissels.huidigeRoute(dossier.getDossiernummer());
            if (van == null) {
                throw OngeldigeInvoerException.veld(PipWijzigingSoort.LEERROUTE.formVeld(),
                        "de leerroute loopt niet (meer; afgerond of beëindigd): een routewissel kan niet");
            }
            if (van == voorstel.leerroute()) {
                throw OngeldigeInvoerException.veld(ProcesVariabelen.LEERROUTE, "is al de huidige leerroute (" + van + ")");
            }
            String weigering = routewissels.weigering(dossier, van, voorstel.leerroute(), peildatum);
            if (weigering != null) {
                throw OngeldigeInvoerException.veld(veldPeildatum, ProcesVariabelen.LEERROUTE.equals(veldPeildatum) ? weigering
                        : weigering + " Dat geldt op de dag van vaststellen (" + peildatum + "): wijs de PIP-wijziging af.");
            }
        }
        PipVersie resultaat = voorstel.toegepastOp(geldend, "controle", Instant.now());
        PipRegels.controleer(resultaat.getLeerroute(), resultaat.niveaus(), resultaat.getGeschatteIntensiteit(),
                resultaat.getAlfabetisering(), dossier.getDoelgroep());
        if (voorstel.wijzigt(PipWijzigingSoort.NIVEAU)) {
            PipVersie.Niveaus niveaus = voorstel.niveaus();
            if (niveaus == null || niveaus.perOnderdeel().values().stream().allMatch(Objects::isNull)) {
                throw OngeldigeInvoerException.veld("niveauLezen", "kies het niveau per examenonderdeel");
            }
            Map<String, String> nu = geldend.niveaus().perOnderdeel();
            boolean nieuwA2 = false;
            for (Map.Entry<String, String> deel : niveaus.perOnderdeel().entrySet()) {
                if ("A2".equals(deel.getValue()) && !"A2".equals(nu.get(deel.getKey()))) {
                    nieuwA2 = true;
                    int uren = nt2Uren(dossier);
                    if (resultaat.getLeerroute() == Leerroute.B1 && uren < A2_NA_NT2_UREN) {
                        throw OngeldigeInvoerException.veld(deel.getKey(), "A2 in plaats van B1 kan pas na "
                                + A2_NA_NT2_UREN + " uur NT2; de taalaanbieder rapporteerde " + uren + " uur");
                    }
                }
            }
            if (nieuwA2 && voorstel.niveauReden() == null) {
                throw OngeldigeInvoerException.veld("niveauReden",
                        "is verplicht bij A2 in plaats van B1: beschrijf de inspanning van de inburgeraar");
            }
        }
        if (voorstel.wijzigt(PipWijzigingSoort.PVT_MAP)) {
            if (voorstel.pvtAfspraken() == null) {
                throw OngeldigeInvoerException.veld("pvtAfspraken", "is verplicht bij een wijziging van PVT en MAP");
            }
            if (resultaat.getLeerroute() == Leerroute.ONDERWIJS && voorstel.mapAfspraken() != null) {
                throw OngeldigeInvoerException.veld("mapAfspraken", "de MAP geldt niet op de onderwijsroute; laat dit veld leeg");
            }
            if (resultaat.getLeerroute() != Leerroute.ONDERWIJS && voorstel.mapAfspraken() == null) {
                throw OngeldigeInvoerException.veld("mapAfspraken", "is verplicht op de " + resultaat.getLeerroute() + "-route");
            }
        }
        if (voorstel.wijzigt(PipWijzigingSoort.BEGELEIDING) && voorstel.begeleidingAfspraken() == null) {
            throw OngeldigeInvoerException.veld("begeleidingAfspraken", "is verplicht bij een wijziging van de begeleiding");
        }
        if (voorstel.wijzigt(PipWijzigingSoort.ONTZORGEN)) {
            if (voorstel.ontzorgen() == null) {
                throw OngeldigeInvoerException.veld("ontzorgen", "is verplicht bij een wijziging van het financieel ontzorgen");
            }
            if (voorstel.ontzorgen() && dossier.getDoelgroep() == Doelgroep.GEZINSMIGRANT) {
                throw OngeldigeInvoerException.veld("ontzorgen", "financieel ontzorgen geldt niet voor gezinsmigranten (Pw art. 56a)");
            }
            PipRegels.controleerOntzorgen(voorstel.ontzorgen(), voorstel.geenOntzorgenReden(), dossier);
        }
    }

    private PipVersie geldendPip(Dossier dossier) {
        if (dossier.getAfgeslotenOp() != null) {
            throw new ConflictException("Dossier " + dossier.getDossiernummer() + " is afgesloten.");
        }
        return versies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(), PipVersie.Status.VASTGESTELD)
                .orElseThrow(() -> new ConflictException("Dossier " + dossier.getDossiernummer()
                        + " heeft nog geen vastgesteld PIP; wijzig het concept in de taak PIP opstellen."));
    }

    private void geenOpenWijziging(Dossier dossier) {
        if (openWijziging(dossier).isPresent() || routewissels.wachtendeRoutewissel(dossier)) {
            throw new ConflictException("Er ligt al een PIP-wijziging (of routewissel) ter vaststelling bij de teamleider"
                    + " of ter opstelling bij de casemanager.");
        }
    }

    /** The form's starting values: the current PIP's codes (never its narratives). */
    private Map<String, Object> startVariabelen(Dossier dossier, PipVersie geldend, String aanleiding, String door,
                                                String reden) {
        Map<String, Object> v = new HashMap<>();
        v.put(ProcesVariabelen.DOSSIERNUMMER, dossier.getDossiernummer());
        v.put(ProcesVariabelen.GEMEENTE, dossier.getGemeente());
        v.put("aanleiding", aanleiding);
        v.put("aanvrager", door);
        v.put("wijzigingReden", reden);
        v.put("huidigePipVersie", geldend.getVersie());
        v.put("huidigeLeerroute", geldend.getLeerroute().name());
        for (PipWijzigingSoort soort : PipWijzigingSoort.values()) {
            v.put(soort.formVeld(), false);
        }
        v.put(ProcesVariabelen.LEERROUTE, geldend.getLeerroute().name());
        v.putAll(geldend.niveaus().perOnderdeel());
        v.put("geschatteIntensiteit", geldend.getGeschatteIntensiteit());
        v.put("alfabetisering", geldend.getAlfabetisering());
        v.put("magOpleidingAfmaken", Boolean.TRUE.equals(geldend.getMagOpleidingAfmaken()));
        v.put("ontzorgen", geldend.isOntzorgen() ? "JA" : "NEE");
        v.put("voortgangInterval", geldend.getVoortgangInterval() == null ? null : geldend.getVoortgangInterval().toString());
        return v;
    }

    private String start(Dossier dossier, PipWijziging wijziging, Map<String, Object> variabelen) {
        ProcessInstance proces = runtimeService.createProcessInstanceByKey(PROCES).businessKey(dossier.getDossiernummer())
                .processDefinitionWithoutTenantId().setVariables(variabelen).execute();
        wijziging.gestartIn(proces.getId());
        return proces.getId();
    }

    private static int waarde(Integer uren) {
        return uren == null ? 0 : uren;
    }

    static Voorstel voorstelUit(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Set<PipWijzigingSoort> soorten = EnumSet.noneOf(PipWijzigingSoort.class);
        for (PipWijzigingSoort soort : PipWijzigingSoort.values()) {
            if (Boolean.TRUE.equals(scope.getVariable(soort.formVeld()))) {
                soorten.add(soort);
            }
        }
        String route = nl.regie.inburgering.engine.Variabelen.tekst(scope, ProcesVariabelen.LEERROUTE);
        Leerroute leerroute = null;
        if (route != null) {
            try {
                leerroute = Leerroute.valueOf(route);
            } catch (IllegalArgumentException e) {
                throw OngeldigeInvoerException.veld(ProcesVariabelen.LEERROUTE, "moet een van "
                        + java.util.Arrays.toString(Leerroute.values()) + " zijn");
            }
        }
        Object ontzorgen = scope.getVariable("ontzorgen");
        Object afmaken = scope.getVariable("magOpleidingAfmaken");
        var tekst = (java.util.function.Function<String, String>) n -> nl.regie.inburgering.engine.Variabelen.tekst(scope, n);
        return new Voorstel(soorten, tekst.apply("wijzigingReden"), leerroute, PipRegels.niveaus(scope),
                tekst.apply("niveauReden"), nl.regie.inburgering.engine.Variabelen.geheelGetal(scope, "geschatteIntensiteit"),
                tekst.apply("alfabetisering"), afmaken == null ? null : Boolean.TRUE.equals(afmaken),
                tekst.apply("pvtAfspraken"), tekst.apply("mapAfspraken"), tekst.apply("begeleidingAfspraken"),
                ontzorgen == null ? null : "JA".equals(ontzorgen), tekst.apply("geenOntzorgenReden"),
                interval(tekst.apply("voortgangInterval")));
    }

    /** The voortgangsgesprekken intervals a PIP may fix (the forms' choices); empty: the gemeente's default. */
    public static final java.util.List<String> INTERVALLEN = java.util.List.of("P1M", "P2M", "P3M", "P4M", "P6M");

    static java.time.Period interval(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        if (!INTERVALLEN.contains(waarde)) {
            throw OngeldigeInvoerException.veld("voortgangInterval", "moet een van " + INTERVALLEN + " zijn");
        }
        return java.time.Period.parse(waarde);
    }

    /** The route switch that belongs to this change (a change of kind leerroute), if any. */
    Optional<Routewissel> routewissel(PipWijziging wijziging) {
        return wijziging.getProcesInstantieId() == null ? Optional.empty()
                : routewisselRepository.findByProcesInstantieId(wijziging.getProcesInstantieId());
    }

    RoutewisselService routewissels() {
        return routewissels;
    }

    RoutewisselRepository routewisselRepository() {
        return routewisselRepository;
    }
}
