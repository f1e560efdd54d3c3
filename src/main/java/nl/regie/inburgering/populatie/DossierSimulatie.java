package nl.regie.inburgering.populatie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.dossier.Bsn;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.partner.PartnerAccount;
import nl.regie.inburgering.partner.PartnersProperties;

/**
 * One person walked from COA's koppeling to the simulated today: a discrete-event loop on this thread's engine
 * clock. At each step the earliest of (a planned event, a due timer, a task the role picks up, a partner's answer)
 * happens, the clock moved to its moment; then the asynchronous steps behind it run, as the job executor would.
 */
final class DossierSimulatie {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DossierSimulatie.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Optional<JsonNode>> FORMULIEREN = new ConcurrentHashMap<>();
    private static final int MAX_STAPPEN = 4000;
    /** {@code -Dregie.populatie.tijdmeting=true}: milliseconds per kind of step in the counters. */
    private static final boolean TIJDMETING = Boolean.getBoolean("regie.populatie.tijdmeting");
    private static final String DUO = "duo.koppeling";
    private static final String COA = "coa.koppeling";
    private static final String WORKER = "populatie";
    private static final List<String> WESTFRIESLAND = List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532");
    private static final long DAG = 86_400_000L;

    private final PopulatieGenerator g;
    private final Plan plan;
    private final Date eind;
    private final PopulatieGenerator.Tellers tellers;
    /** Scale mode: moved in with the PIP of a gemeente not on this installation (DUO SS121); null: COA's koppeling. */
    private final nl.regie.inburgering.verhuizing.VorigePip vorigePip;

    private Dossier dossier;
    private final Set<String> sleutels = new LinkedHashSet<>();
    private final Set<String> overgeslagen = new HashSet<>();
    private final Map<String, Integer> pogingen = new HashMap<>();
    private final PriorityQueue<Mijlpaal> mijlpalen = new PriorityQueue<>();
    private int mijlpaalVolgorde;
    private boolean termijnGepland;
    private boolean voldaanGepland;
    private int rapporten;

    private record Mijlpaal(Date tijd, int volgorde, String naam, Runnable actie) implements Comparable<Mijlpaal> {
        @Override
        public int compareTo(Mijlpaal o) {
            int c = tijd.compareTo(o.tijd);
            return c != 0 ? c : Integer.compare(volgorde, o.volgorde);
        }
    }

    /** The next thing that happens. */
    private record Stap(Date tijd, int soort, String id, String label, Runnable actie) {
    }

    DossierSimulatie(PopulatieGenerator generator, Plan plan, LocalDate tot, PopulatieGenerator.Tellers tellers) {
        this(generator, plan, tot, tellers, null);
    }

    DossierSimulatie(PopulatieGenerator generator, Plan plan, LocalDate tot, PopulatieGenerator.Tellers tellers,
                     nl.regie.inburgering.verhuizing.VorigePip vorigePip) {
        this.g = generator;
        this.plan = plan;
        this.eind = new Date(Tijd.beginVan(tot).getTime() + 17 * 3_600_000L);
        this.tellers = tellers;
        this.vorigePip = vorigePip;
    }

    // ------------------------------------------------------------------------------------------------ the loop

    void loop() {
        PopulatieKlok.zet(PopulatieKlok.ochtend(plan.koppeling()));
        open();
        if (vorigePip != null) {
            // DUO's SS121 as DuoNotificatieVerwerking records it; the new gemeente records its own bijstand
            registreer(GebeurtenisType.INBURGERINGSPLICHT_DUO, "SS121", DUO);
            if (plan.bijstand()) {
                plan(plan.koppeling().plusDays(7), "bijstand", () -> registreer(GebeurtenisType.START_BIJSTAND,
                        "Pw-uitkering", inkomensconsulent(dossier.getGemeente())));
            }
        } else {
            plan(plan.kennisgeving(), "kennisgeving", () -> registreer(GebeurtenisType.KENNISGEVING_DUO, "SS139", DUO));
        }
        if (plan.statushouder() && vorigePip == null) {
            plan(plan.brp(), "brp", () -> {
                registreer(GebeurtenisType.BRP_INSCHRIJVING, null, COA);
                registreer(GebeurtenisType.HUISVESTING, "Woning via de gemeente", COA);
                if (plan.bijstand()) {
                    registreer(GebeurtenisType.START_BIJSTAND, "Pw-uitkering", inkomensconsulent(dossier.getGemeente()));
                }
            });
        }
        for (int stap = 0; stap < MAX_STAPPEN; stap++) {
            long t0 = System.nanoTime();
            Set<String> instanties = werkAf();
            long t1 = System.nanoTime();
            long cpu = Boekhouding.cpu();
            herlaad();
            planNaPip();
            Stap volgende = volgende(instanties);
            Boekhouding.tel(tellers, cpu);
            long t2 = System.nanoTime();
            if (TIJDMETING) {
                tellers.tel("ms.achtergrond", (t1 - t0) / 1_000_000);
                tellers.tel("ms.zoeken", (t2 - t1) / 1_000_000);
            }
            if (volgende == null || volgende.tijd().after(eind)) {
                return;
            }
            if (volgende.tijd().after(PopulatieKlok.nu())) {
                PopulatieKlok.zet(volgende.tijd());
            }
            try {
                volgende.actie().run();
                if (TIJDMETING) {
                    tellers.tel("ms." + volgende.label(), (System.nanoTime() - t2) / 1_000_000);
                }
            } catch (RuntimeException e) {
                // a refusal of the application (a rule the generator got wrong, or a race with a timer): counted,
                // the task, job or answer is left as it is, the dossier goes on
                overgeslagen.add(volgende.id());
                tellers.tel("geweigerd." + volgende.label());
                LOG.debug("Populatie: {} geweigerd: {}", volgende.label(), e.getMessage());
                g.identityService.clearAuthentication();
            }
        }
        tellers.tel("fout.maxStappen");
    }

    /** {@code instanties}: this person's process instances now (werkAf's last look; nothing ran since). */
    private Stap volgende(Set<String> instanties) {
        Stap beste = null;
        Mijlpaal m = mijlpalen.peek();
        if (m != null) {
            beste = new Stap(m.tijd(), 0, "mijlpaal:" + m.naam(), "mijlpaal." + m.naam(), () -> {
                mijlpalen.poll();
                if (dossier.isLopend()) {
                    m.actie().run();
                }
            });
        }
        if (instanties.isEmpty()) {
            return beste;
        }
        tellers.tel(Boekhouding.TRANSACTIES, 3);
        for (Runtimestand.Timer timer : g.runtimestand.timers(instanties)) {
            if (overgeslagen.contains("timer:" + timer.id())) {
                continue;
            }
            beste = vroegste(beste, new Stap(timer.vervalt(), 1, "timer:" + timer.id(), "timer", () -> voerUit(timer.id())));
        }
        for (Runtimestand.PartnerTaak taak : g.runtimestand.partnerTaken(instanties)) {
            if (overgeslagen.contains("partner:" + taak.id())) {
                continue;
            }
            Date wanneer = partnerMoment(taak.topic(), taak.activiteit(), taak.aangemaakt(), taak.vergrendeldTot());
            beste = vroegste(beste, new Stap(wanneer, 2, "partner:" + taak.id(), "partner." + taak.topic(),
                    () -> beantwoord(gekozen("partnertaak", taak.id(), () -> g.externalTaskService
                            .createExternalTaskQuery().externalTaskId(taak.id()).singleResult()))));
        }
        for (Runtimestand.Taak taak : g.runtimestand.taken(instanties)) {
            if (overgeslagen.contains("taak:" + taak.id())) {
                continue;
            }
            Date wanneer = taakMoment(taak.sleutel(), taak.aangemaakt(), taak.vervaldatum());
            if (wanneer != null) {
                beste = vroegste(beste, new Stap(wanneer, 3, "taak:" + taak.id(), "taak." + taak.sleutel(),
                        () -> voltooi(gekozen("taak", taak.id(), () -> g.taskService.createTaskQuery()
                                .taskId(taak.id()).initializeFormKeys().singleResult()))));
            }
        }
        return beste;
    }

    private static Stap vroegste(Stap a, Stap b) {
        if (a == null) {
            return b;
        }
        int c = b.tijd().compareTo(a.tijd());
        return c < 0 || c == 0 && b.soort() < a.soort() ? b : a;
    }

    private Set<String> instanties() {
        tellers.tel(Boekhouding.TRANSACTIES, 1);
        return g.runtimestand.instanties(sleutels);
    }

    /**
     * The chosen task or partner task as the engine gives it (a task with its form), read as the generator's own
     * look-up; one that has gone meanwhile is a refusal of the step.
     */
    private <T> T gekozen(String soort, String id, java.util.function.Supplier<T> lees) {
        long cpu = Boekhouding.cpu();
        tellers.tel(Boekhouding.TRANSACTIES, 1);
        T gelezen = lees.get();
        Boekhouding.tel(tellers, cpu);
        if (gelezen == null) {
            throw new IllegalStateException(soort + " " + id + " bestaat niet meer");
        }
        return gelezen;
    }

    /**
     * The asynchronous continuations (no timers) of this person's processes, as the job executor runs them; returns
     * the person's process instances afterwards. The instances are looked up again only after a job ran (a job may
     * start a called process): the generator's own process-instance queries were the largest single cost of the walk
     * (JFR, 26 November 2026: 16 % of the generator threads' CPU, MyBatis building the query).
     */
    private Set<String> werkAf() {
        long cpu0 = Boekhouding.cpu();
        Set<String> instanties = instanties();
        Boekhouding.tel(tellers, cpu0);
        boolean gelopen = false;
        for (int ronde = 0; ronde < 500; ronde++) {
            long cpu = Boekhouding.cpu();
            String volgende = g.runtimestand.eersteStap(instanties, PopulatieKlok.nu(), id -> overgeslagen.contains("job:" + id))
                    .orElse(null);
            tellers.tel(Boekhouding.TRANSACTIES, instanties.isEmpty() ? 0 : 1);
            Boekhouding.tel(tellers, cpu);
            if (volgende == null) {
                if (!gelopen) {
                    return instanties;
                }
                long cpuNu = Boekhouding.cpu();
                Set<String> nu = instanties();
                Boekhouding.tel(tellers, cpuNu);
                if (nu.equals(instanties)) {
                    return instanties;
                }
                instanties = nu;
                gelopen = false;
                continue;
            }
            gelopen = true;
            try {
                g.managementService.executeJob(volgende);
            } catch (RuntimeException e) {
                overgeslagen.add("job:" + volgende);
                tellers.tel("fout.job");
            }
        }
        return instanties();
    }

    private void voerUit(String timer) {
        g.managementService.executeJob(timer);
        tellers.tel("timer");
    }

    private void herlaad() {
        tellers.tel(Boekhouding.TRANSACTIES, 2);
        dossier = g.dossiers.findById(dossier.getId()).orElseThrow();
        g.handhavingZaken.findByDossierIdOrderById(dossier.getId()).forEach(z -> {
            if (sleutels.add(z.getZaaknummer())) {
                tellers.tel("handhavingszaak");
            }
        });
    }

    // --------------------------------------------------------------------------------------------- the plan

    private void plan(LocalDate dag, String naam, Runnable actie) {
        if (dag != null) {
            plan(PopulatieKlok.ochtend(dag), naam, actie);
        }
    }

    private void plan(Date tijd, String naam, Runnable actie) {
        Date nu = PopulatieKlok.nu();
        mijlpalen.add(new Mijlpaal(tijd.before(nu) ? nu : tijd, mijlpaalVolgorde++, naam, actie));
    }

    /**
     * Resumable runs: whether this person is in the database already (the BSN open() would take belongs to a person
     * with this plan's names; not the birth date, which follows the arrival and so the number asked for). A collision
     * with another person's BSN moves on to the next, as open() does.
     */
    boolean bestaatAl() {
        for (int poging = 0; poging < 50; poging++) {
            String bsn = bsn(poging);
            if (bsn == null) {
                continue;
            }
            var persoon = g.personen.findByBsn(bsn);
            if (persoon.isEmpty()) {
                return false;
            }
            if (plan.achternaam().equals(persoon.get().getAchternaam())
                    && plan.voornamen().equals(persoon.get().getVoornamen())) {
                return true;
            }
        }
        return false;
    }

    private void open() {
        for (int poging = 0; poging < 50; poging++) {
            String bsn = bsn(poging);
            if (bsn == null || g.personen.findByBsn(bsn).isPresent()) {
                continue;
            }
            DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(bsn, plan.voornamen(), plan.achternaam(),
                    plan.geboortedatum(), plan.nationaliteit(), plan.doelgroep(), plan.gemeente().substring(2),
                    plan.koppeling(), plan.bijstand(), vorigePip != null ? plan.koppeling() : plan.statushouder() ? null : plan.brp(),
                    vorigePip);
            try {
                dossier = g.dossierService.open(verzoek, g.dossierService.valideer(verzoek), vorigePip != null ? DUO : COA).dossier();
            } catch (nl.regie.inburgering.web.ConflictException gelijktijdig) {
                continue; // another thread drew the same number: the next one
            }
            sleutels.add(dossier.getDossiernummer());
            tellers.tel("dossier");
            tellers.tel("doelgroep." + plan.doelgroep() + (plan.statushouder() || !"DEU POL ROU BGR ESP ITA".contains(plan.nationaliteit()) ? "" : ".EU"));
            return;
        }
        throw new IllegalStateException("geen vrij burgerservicenummer");
    }

    /** A valid BSN (elfproef) from the seed, the index and the attempt; never used as a key, only in {@code persoon}. */
    private String bsn(int poging) {
        long h = Plan.mix(plan.seed(), plan.index(), poging, 0xB5);
        return Bsn.metControlecijfer(h);
    }

    private void registreer(GebeurtenisType type, String toelichting, String door) {
        registreer(type, toelichting, null, null, door);
    }

    private void registreer(GebeurtenisType type, String toelichting, Beeindigingsreden reden, LocalDate einddatum, String door) {
        g.dossierService.registreer(dossier, type, Tijd.vandaag(), toelichting, reden, einddatum, door);
        tellers.tel("gebeurtenis." + type);
    }

    /** Once the PIP is fixed: the endings and the move, relative to the start of the term. */
    private void planNaPip() {
        if (termijnGepland || dossier.getInburgeringstermijnStart() == null || !dossier.isLopend()) {
            return;
        }
        termijnGepland = true;
        LocalDate start = dossier.getInburgeringstermijnStart();
        // a taken-over term (scale mode) started before the person came here: what the plan put before that is
        // the previous gemeente's past, not planned here
        Plan.Einde einde = vorigePip != null && !start.plusMonths(plan.einde() == Plan.Einde.VERHUISD_BINNEN
                ? plan.verhuisNaMaanden() : plan.eindeNaMaanden()).isAfter(plan.koppeling()) ? Plan.Einde.GEEN : plan.einde();
        switch (einde) {
            case GEEN -> { }
            case VERHUISD_BINNEN -> plan(start.plusMonths(plan.verhuisNaMaanden()), "verhuizing", this::verhuis);
            case VERHUISD_BUITEN -> plan(start.plusMonths(plan.eindeNaMaanden()), "einde", () -> beeindig(
                    Beeindigingsreden.VERHUISD, "SS120: ingeschreven in een andere gemeente", casemanager(dossier.getGemeente())));
            case ONTHEFFING -> plan(start.plusMonths(plan.eindeNaMaanden()), "einde", () -> {
                registreer(GebeurtenisType.ONTHEFFING_ADVIES_GEVRAAGD, "SS140", DUO);
                plan(Tijd.vandaag().plusWeeks(8), "ontheffing", () -> beeindig(Beeindigingsreden.ONTHEFFING, "SS109: gehele ontheffing", DUO));
            });
            default -> plan(start.plusMonths(plan.eindeNaMaanden()), "einde", () -> beeindig(
                    Beeindigingsreden.valueOf(einde.name()), "Bericht van DUO", DUO));
        }
        if (plan.examenNaMaanden() > 0 && (vorigePip == null || start.plusMonths(plan.examenNaMaanden()).isAfter(plan.koppeling()))) {
            plan(start.plusMonths(plan.examenNaMaanden()), "examen", () -> {
                if (!"B1".equals(leerroute())) {
                    return;
                }
                registreer(GebeurtenisType.EXAMENRESULTAAT_DUO,
                        "LEZEN:GEHAALD;LUISTEREN:GEHAALD;SCHRIJVEN:GEHAALD;SPREKEN:GEHAALD;KNM:GEHAALD", DUO);
                voldaan(Beeindigingsreden.VOLDAAN_DIPLOMA, 2 + dagen("diploma", 0, 4), "SS106: inburgeringsdiploma");
            });
        }
    }

    private void voldaan(Beeindigingsreden reden, int weken, String toelichting) {
        if (voldaanGepland) {
            return;
        }
        voldaanGepland = true;
        plan(Tijd.vandaag().plusWeeks(weken), "voldaan", () -> beeindig(reden, toelichting, DUO));
    }

    private void beeindig(Beeindigingsreden reden, String toelichting, String door) {
        registreer(GebeurtenisType.BEEINDIGD, toelichting, reden, null, door);
        tellers.tel("einde." + reden);
    }

    private void verhuis() {
        if (plan.verhuisNaar() == null) {
            return;
        }
        var overgang = g.verhuizingen.verhuis(dossier, plan.verhuisNaar().substring(2), Tijd.vandaag(),
                casemanager(dossier.getGemeente()));
        tellers.tel("einde." + Beeindigingsreden.VERHUISD);
        tellers.tel("verhuizing");
        if (overgang.nieuw() != null) {
            dossier = overgang.nieuw();
            sleutels.add(dossier.getDossiernummer());
            tellers.tel("dossier.vervolg");
        }
    }

    private String leerroute() {
        Object route = g.runtimeService.createVariableInstanceQuery().variableName("leerroute")
                .processInstanceIdIn(instanties().toArray(String[]::new)).list().stream()
                .map(v -> v.getValue()).filter(v -> v != null).findFirst().orElse(null);
        return route == null ? null : route.toString();
    }

    // ------------------------------------------------------------------------------------------ the roles

    private static String casemanager(String gemeente) {
        return switch (gemeente) {
            case "GM0441" -> "cm.hoorn";
            case "GM0439" -> "cm.purmerend";
            case "GM0637" -> "cm.zoetermeer";
            case "GM1904" -> "cm.stichtsevecht";
            default -> WESTFRIESLAND.contains(gemeente) ? "cm.westfriesland" : "cm." + gemeente.toLowerCase();
        };
    }

    private static String teamleider(String gemeente) {
        return switch (gemeente) {
            case "GM0439" -> "tl.purmerend";
            case "GM0637" -> "tl.zoetermeer";
            case "GM1904" -> "tl.stichtsevecht";
            default -> WESTFRIESLAND.contains(gemeente) ? "tl.westfriesland" : "tl." + gemeente.toLowerCase();
        };
    }

    private static String inkomensconsulent(String gemeente) {
        return WESTFRIESLAND.contains(gemeente) ? "ic.westfriesland" : "ic." + gemeente.toLowerCase();
    }

    private static String handhaver(String gemeente) {
        return WESTFRIESLAND.contains(gemeente) ? "hh.westfriesland" : "hh." + gemeente.toLowerCase();
    }

    private static List<String> gemeentenVan(String gebruiker, String gemeente) {
        return gebruiker.endsWith(".westfriesland") && WESTFRIESLAND.contains(gemeente) ? WESTFRIESLAND : List.of(gemeente);
    }

    // ------------------------------------------------------------------------------------------ user tasks

    /** When the role picks the task up; null: not (it waits for its timer, or the person never comes). */
    private Date taakMoment(String key, Date aangemaakt, Date due) {
        long gemaakt = aangemaakt.getTime();
        long basis = Math.max(gemaakt, PopulatieKlok.ochtend(Tijd.alsDatum(aangemaakt)).getTime());
        int dagen = switch (key) {
            case "Task_VerschijningVastleggen" -> {
                basis = Math.max(basis, due == null ? basis : PopulatieKlok.ochtend(Tijd.alsDatum(due)).getTime());
                yield dagen(key + gemaakt, 0, 1);
            }
            case "Task_ZienswijzeVastleggen" -> dagen(key + gemaakt, 0, 100) < 30 ? 3 + dagen(key + gemaakt + 1, 0, 7) : -1;
            case "Task_PipVaststellen", "Task_PipOpstellen", "Task_OproepVersturen" ->
                    plan.pipTeLaat() ? 21 + dagen(key + gemaakt, 0, 14) : 2 + dagen(key + gemaakt, 0, 8);
            case "Task_VoortgangsgesprekVoeren" -> dagen(key + gemaakt, 0, 12);
            case "Task_BredeIntakeGesprekVoeren", "Task_LeerbaarheidstoetsVastleggen" -> 0;
            default -> dagen(key + gemaakt, 0, 100) < 6 ? 20 + dagen(key + gemaakt + 1, 0, 40) : 1 + dagen(key + gemaakt, 0, 9);
        };
        if (dagen < 0) {
            return null;
        }
        long tijd = basis + dagen * DAG;
        return new Date(Math.max(tijd, PopulatieKlok.nu().getTime()));
    }

    private void voltooi(Task taak) {
        String rol = kandidaat(taak);
        String gemeente = taak.getTenantId() != null ? taak.getTenantId() : dossier.getGemeente();
        String gebruiker = switch (rol) {
            case Rollen.TEAMLEIDER -> teamleider(gemeente);
            case Rollen.INKOMENSCONSULENT -> inkomensconsulent(gemeente);
            case Rollen.HANDHAVING -> handhaver(gemeente);
            default -> casemanager(gemeente);
        };
        Map<String, Object> waarden = formulier(taak);
        waarden.putAll(keuzes(taak, waarden));
        g.identityService.setAuthentication(gebruiker, List.of(rol), gemeentenVan(gebruiker, gemeente));
        try {
            g.taskService.complete(taak.getId(), waarden);
        } finally {
            g.identityService.clearAuthentication();
        }
        tellers.tel("taak." + taak.getTaskDefinitionKey());
        naVoltooien(taak, waarden);
    }

    private String kandidaat(Task taak) {
        for (IdentityLink link : g.taskService.getIdentityLinksForTask(taak.getId())) {
            if (link.getGroupId() != null) {
                return link.getGroupId();
            }
        }
        return Rollen.CASEMANAGER;
    }

    /** The form's required fields, filled as a careful user would: the first choice, today, a sentence. */
    private Map<String, Object> formulier(Task taak) {
        Map<String, Object> waarden = new LinkedHashMap<>();
        if (taak.getCamundaFormRef() == null) {
            return waarden;
        }
        FORMULIEREN.computeIfAbsent(taak.getCamundaFormRef().getKey(), DossierSimulatie::leesFormulier)
                .ifPresent(f -> vul(f, waarden));
        return waarden;
    }

    private static Optional<JsonNode> leesFormulier(String key) {
        try (InputStream in = DossierSimulatie.class.getResourceAsStream("/forms/" + key + ".form")) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void vul(JsonNode houder, Map<String, Object> waarden) {
        for (JsonNode c : houder.path("components")) {
            String key = c.path("key").asText(null);
            if (key != null && c.path("validate").path("required").asBoolean(false) && !c.path("readonly").asBoolean(false)
                    && c.path("conditional").path("hide").isMissingNode()) {
                switch (c.path("type").asText()) {
                    case "radio", "select" -> waarden.put(key, c.path("values").path(0).path("value").asText());
                    case "datetime" -> waarden.put(key, Tijd.vandaag().toString());
                    case "number" -> waarden.put(key, 1);
                    case "checkbox" -> waarden.put(key, true);
                    case "textarea", "textfield" -> waarden.put(key, "Besproken met de inburgeraar en vastgelegd.");
                    default -> { }
                }
            }
            vul(c, waarden);
        }
    }

    /** What the role decides, per task, drawn from the plan and the moment. */
    private Map<String, Object> keuzes(Task taak, Map<String, Object> standaard) {
        String key = taak.getTaskDefinitionKey();
        String s = key + taak.getCreateTime().getTime();
        String vandaag = Tijd.vandaag().toString();
        Map<String, Object> w = new HashMap<>();
        switch (key) {
            case "Task_OproepVersturen" -> {
                w.put("oproepDatum", Tijd.vandaag().plusDays(5 + dagen(s, 0, 9)).toString());
                w.put("oproepLocatie", "Gemeentehuis, spreekkamer " + (1 + dagen(s, 0, 5)));
                LocalDate uiterlijk = dossier.getPipUiterlijkeDatum();
                if (uiterlijk != null && !Tijd.vandaag().plusDays(14).isBefore(uiterlijk)) {
                    w.put("oproepNaPipTermijnReden", "Eerder was geen tolk beschikbaar");
                }
            }
            case "Task_VerschijningVastleggen" -> {
                long eerder = g.taskService.createTaskQuery().processInstanceId(taak.getProcessInstanceId()).count();
                String v = dagen(s, 0, 100) < 70 ? plan.verschijning() : "JA";
                if ("JA".equals(v) || eerder < 0) {
                    w.put("verschenen", "JA");
                } else {
                    w.put("verschenen", "NEE");
                    w.put("redenNietVerschenen", v);
                    w.put("verschijningToelichting", "ZIEKTE".equals(v) ? "Ziek gemeld met briefje van de huisarts"
                            : "Niet gekomen en niet afgemeld");
                }
            }
            case "Task_BredeIntakeGesprekVoeren" -> {
                w.put("intakeGesprekDatum", vandaag);
                w.put("domeinTaal", "Spreekt de eigen taal en wat Engels");
                w.put("domeinOpleiding", "Middelbare school in het land van herkomst");
                w.put("domeinWerk", "Werkervaring in de bouw en de zorg");
                w.put("meegewerkt", dagen(s, 0, 100) < 97 ? "JA" : "NEE");
                if ("NEE".equals(w.get("meegewerkt"))) {
                    w.put("meegewerktToelichting", "Wilde niet over de leefgebieden praten");
                }
            }
            case "Task_LeerbaarheidstoetsVastleggen" -> {
                w.put("lbtVrijgesteld", "NEE");
                w.put("lbtUitslag", plan.lbtUitslag());
                int vereist = 50;
                w.put("lbtScore", "HAALBAAR".equals(plan.lbtUitslag()) ? 55 + dagen(s, 0, 40) : 15 + dagen(s, 0, 30));
                w.put("lbtVereisteScore", vereist);
                w.put("lbtDatum", vandaag);
            }
            case "Task_SchriftelijkeWaarschuwingVersturen" -> w.put("waarschuwingVerzonden", vandaag);
            case "Task_PipOpstellen" -> {
                Object advies = g.taskService.getVariable(taak.getId(), "adviesLeerroute");
                String route = plan.leerroute(advies == null ? null : advies.toString());
                w.put("leerroute", route);
                if (!route.equals(String.valueOf(advies))) {
                    w.put("afwijkingReden", "Besproken met de inburgeraar op grond van de brede intake");
                }
                w.put("pvtAfspraken", "PVT in het eerste jaar, in groepsverband");
                if (!"ONDERWIJS".equals(route)) {
                    w.put("mapAfspraken", "MAP vanaf het tweede jaar");
                }
                w.put("begeleidingAfspraken", "Maatschappelijke begeleiding volgens het gemeentelijk beleid");
                boolean ontzorgen = plan.ontzorgen() && "ASIELSTATUSHOUDER".equals(plan.doelgroep());
                w.put("ontzorgen", ontzorgen ? "JA" : "NEE");
                if (!ontzorgen) {
                    w.put("geenOntzorgenReden", "Regelt de vaste lasten zelf, met hulp van familie");
                }
                w.put("aantalVoortgangsgesprekken", 12);
            }
            case "Task_PipVaststellen", "Task_PipWijzigingVaststellen", "Task_RoutewisselVaststellen" -> {
                w.put(switch (key) {
                    case "Task_PipVaststellen" -> "pipBesluit";
                    case "Task_PipWijzigingVaststellen" -> "pipWijzigingBesluit";
                    default -> "routewisselBesluit";
                }, "VASTSTELLEN");
                w.put("dagtekening", vandaag);
            }
            case "Task_GeenPlichtBevestigen" -> {
                w.put("geenPlichtBesluit", "BEVESTIGEN");
                w.put("geenPlichtToelichting", "Geen inburgeringsplicht volgens de nationaliteit; bevestigd");
            }
            case "Task_MapVrijstellingBeoordelen" -> {
                boolean vrij = dagen(s, 0, 100) < 12;
                w.put("mapBesluit", vrij ? "VRIJSTELLING" : "GEEN_VRIJSTELLING");
                if (vrij) {
                    w.put("mapVrijstellingReden", "Heeft al betaald werk in Nederland");
                }
            }
            case "Task_VoortgangsgesprekVoeren" -> {
                int u = dagen(s, 0, 100);
                String uitkomst = u < 85 ? "OP_KOERS" : u < 92 ? "NIET_VERSCHENEN" : u < 96 ? "SIGNAAL_HANDHAVING" : "OP_KOERS";
                w.put("voortgangsgesprekDatum", vandaag);
                w.put("voortgangUitkomst", uitkomst);
                int p = dagen(s + "p", 0, 100);
                w.put("participatieActiviteit", p < 35 ? "GEEN" : p < 55 ? "ORIENTATIE_WERK_STAGE" : p < 65 ? "WERKSTAGE"
                        : p < 80 ? "VRIJWILLIGERSWERK" : p < 92 ? "BETAALDE_BAAN" : "OPLEIDING");
                w.put("voortgangVerslag", "Voortgang besproken: lessen, PVT en participatie");
                if ("SIGNAAL_HANDHAVING".equals(uitkomst)) {
                    w.put("signaalOmschrijving", "Komt afspraken uit het PIP niet na; lessen herhaaldelijk gemist");
                }
            }
            case "Task_OntzorgenEvalueren" -> {
                boolean verlengen = dagen(s, 0, 100) < 30;
                w.put("ontzorgenBesluit", verlengen ? "VRIJWILLIG_BUDGETBEHEER" : "STOPPEN");
                if (verlengen) {
                    w.put("budgetbeheerToestemming", "JA");
                }
                w.put("ontzorgenReden", verlengen ? "Wil het budgetbeheer vrijwillig voortzetten" : "Redt het zelf");
            }
            case "Task_BudgettrainingVastleggen" -> {
                w.put("budgettrainingDatum", vandaag);
                w.put("budgettrainingAanbieder", "Schuldhulp en budgetcoaching regio");
            }
            case "Task_VerlengingBeoordelen" -> {
                // Zoetermeer gives 18 months without extension (begeleiding-verlenging-toegestaan: false)
                boolean verlengen = dagen(s, 0, 100) < 35 && !"GM0637".equals(dossier.getGemeente());
                w.put("begeleidingBesluit", verlengen ? "VERLENGEN" : "NIET_VERLENGEN");
                w.put("begeleidingReden", verlengen ? "Heeft nog hulp nodig bij post en instanties" : "Zelfstandig genoeg");
            }
            case "Task_BegeleidingStartenGemeente" -> w.put("startdatum", vandaag);
            case "Task_BegeleidingBeeindigenGemeente" -> w.put("einddatum", vandaag);
            case "Task_InburgeringstermijnBespreken" -> {
                int k = dagen(s, 0, 100);
                w.put("opKoers", k < 65 ? "JA" : "NEE");
                w.put("verlengingAanvragen", k >= 80 ? "JA" : "NEE");
                if (k >= 80) {
                    w.put("verlengingReden", "Maanden ziek geweest; medische verklaring aanwezig");
                }
            }
            case "Task_TrajectenNietGereed" -> w.put("trajectenActie", "GESPREK_GEPLAND");
            case "Task_InburgeringstermijnVerstreken" -> w.put("termijnVerstrekenActie", "DUO_HANDHAAFT");
            case "Task_ZRouteEindgesprekVoeren" -> {
                w.put("eindgesprekDatum", vandaag);
                w.put("eindgesprekVerslag", "Z-route afgerond; certificaat uitgereikt");
                w.put("certificaatDatum", vandaag);
            }
            case "Task_GekozenTaalschoolVastleggen" -> {
                w.put("taalschool", "Taalschool naar keuze (erkend door Blik op Werk)");
                w.put("taalschoolStartdatum", vandaag);
            }
            case "Task_VoortgangGezinsmigrantBeoordelen" -> {
                w.put("monitoringOordeel", dagen(s, 0, 100) < 85 ? "OP_SCHEMA" : "ZORGEN");
                w.put("monitoringBesluit", "DOORGAAN");
            }
            case "Task_OvergenomenGegevensBevestigen" -> w.put("overnameBesluit", "BEVESTIGEN");
            case "Task_AfmeldingNietBevestigd", "Task_PartnerAfmeldenKanNiet" ->
                    w.put("afmeldingBesluit", "BUITEN_SYSTEEM_BEVESTIGD");
            case "Task_OntheffingAdviseren" -> {
                w.put("ontheffingAdvies", "POSITIEF");
                w.put("ontheffingAdviesReden", "Aantoonbaar niet in staat door een medische beperking");
            }
            // handhaving
            case "Task_VoorlichtingVastleggen" -> {
                w.put("verplichtingUitgelegd", "JA");
                w.put("verplichtingBegrepen", "JA");
                w.put("voorlichtingToelichting", "De verplichtingen uit het PIP met een tolk uitgelegd");
            }
            case "Task_VerwijtbaarheidBeoordelen" -> {
                int v = dagen(s, 0, 100);
                w.put("verwijtbaarheid", v < 70 ? "VOLLEDIG" : v < 85 ? "VERMINDERD_50" : "NIET");
                w.put("verwijtbaarheidReden", "Beoordeeld op de voorlichting en de verklaring van de inburgeraar");
            }
            case "Task_WaarschuwingVersturen" -> w.put("waarschuwingDatum", vandaag);
            case "Task_NalevingBeoordelen" -> {
                boolean nageleefd = dagen(s, 0, 100) < 55;
                w.put("nageleefd", nageleefd ? "JA" : "NEE");
                w.put("nalevingToelichting", nageleefd ? "Komt sinds de waarschuwing weer naar de les" : "Ook na de waarschuwing weggebleven");
            }
            case "Task_VoornemenVersturen" -> w.put("voornemenDatum", vandaag);
            case "Task_ZienswijzeVastleggen" -> {
                w.put("zienswijzeOntvangenOp", vandaag);
                w.put("zienswijzeVorm", "SCHRIFTELIJK");
                w.put("zienswijzeInhoud", "Was mantelzorger voor een ziek familielid");
            }
            case "Task_BesluitNemen" -> {
                boolean boete = dagen(s, 0, 100) < 85;
                w.put("besluit", boete ? "BOETE" : "AFZIEN");
                w.put("besluitReden", boete ? "Verwijtbaar niet nageleefd; boete volgens de beleidsregels" : "Zienswijze aannemelijk");
            }
            case "Task_BoetebeschikkingMedeondertekenen" -> {
                w.put("medeondertekening", "ONDERTEKENEN");
                w.put("dagtekening", vandaag);
            }
            default -> { }
        }
        return w;
    }

    private void naVoltooien(Task taak, Map<String, Object> waarden) {
        switch (taak.getTaskDefinitionKey()) {
            case "Task_ZRouteEindgesprekVoeren" -> voldaan(Beeindigingsreden.VOLDAAN_Z_ROUTE, 2 + dagen("z", 0, 4), "SS141: Z-route afgerond");
            case "Task_InburgeringstermijnBespreken" -> {
                if ("JA".equals(waarden.get("verlengingAanvragen"))) {
                    String cm = casemanager(dossier.getGemeente());
                    plan(Tijd.vandaag().plusWeeks(1), "verlenging", () -> registreer(GebeurtenisType.VERLENGING_AANGEVRAAGD,
                            "Aanvraag door de inburgeraar", null, null, cm));
                    plan(Tijd.vandaag().plusWeeks(7), "verlenging", () -> {
                        LocalDate einde = dossier.getInburgeringstermijnEinde();
                        if (dagen("verlenging", 0, 100) < 70 && einde != null) {
                            registreer(GebeurtenisType.VERLENGING_OP_AANVRAAG, "SS104", null, einde.plusYears(1), DUO);
                        } else {
                            registreer(GebeurtenisType.VERLENGING_AFGEWEZEN, "SS113", DUO);
                        }
                    });
                }
            }
            case "Task_BesluitNemen" -> {
                if ("BOETE".equals(waarden.get("besluit"))) {
                    tellers.tel("boete");
                }
            }
            default -> { }
        }
    }

    // ------------------------------------------------------------------------------------------ partners

    /** When the partner answers; a partner that is silent lets the no-answer timer fire first. */
    private Date partnerMoment(String topic, String activiteit, Date aangemaakt, Date vergrendeldTot) {
        String s = topic + activiteit + aangemaakt.getTime();
        long basis = aangemaakt.getTime();
        int p = dagen(s, 0, 1000);
        int dagen;
        if (p < 20) {
            dagen = 35 + dagen(s + "stil", 0, 25); // silent: the casemanager is asked to chase it first
        } else {
            dagen = switch (topic) {
                case "pvt-uitvoering" -> 60 + dagen(s, 0, 240);
                case "map-uitvoering" -> 90 + dagen(s, 0, 150);
                case "taalaanbieder-aanmelding", "mb-uitvoering" -> 3 + dagen(s, 0, 17);
                default -> 1 + dagen(s, 0, 9);
            };
        }
        long tijd = basis + dagen * DAG;
        if (vergrendeldTot != null) {
            tijd = Math.max(tijd, vergrendeldTot.getTime());
        }
        return new Date(Math.max(tijd, PopulatieKlok.nu().getTime()));
    }

    private void beantwoord(ExternalTask taak) {
        Object partnerId = g.runtimeService.getVariable(taak.getProcessInstanceId(), "partner");
        PartnersProperties.Partner instelling = partnerId == null ? null : g.partners.getPartners().get(partnerId.toString());
        if (instelling == null) {
            throw new IllegalStateException("geen partner");
        }
        PartnerAccount partner = new PartnerAccount(partnerId.toString(), Set.copyOf(instelling.getTopics()),
                Set.copyOf(instelling.getGemeenten()));
        ObjectNode ophalen = JSON.createObjectNode().put("workerId", WORKER).put("maxTasks", 10);
        ophalen.putArray("topics").addObject().put("topicName", taak.getTopicName()).put("lockDuration", 60_000)
                .put("businessKey", taak.getBusinessKey()).put("localVariables", true);
        List<LockedExternalTask> vergrendeld = g.partnerTaken.haalOp(partner, bytes(ophalen));
        LockedExternalTask mijn = vergrendeld.stream().filter(t -> t.getId().equals(taak.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("niet opgehaald"));
        Map<String, Object> gevraagd = new HashMap<>();
        if (mijn.getVariables() != null) {
            gevraagd.putAll(mijn.getVariables());
        }
        int poging = pogingen.merge(taak.getId(), 1, Integer::sum);
        String s = taak.getTopicName() + taak.getCreateTime().getTime();
        if (poging == 1 && dagen(s + "storing", 0, 100) < 4) {
            // a technical failure at the partner: retried the next day, as the official client does
            ObjectNode storing = JSON.createObjectNode().put("workerId", WORKER)
                    .put("errorMessage", "Tijdelijke storing bij de partner").put("retries", 3).put("retryTimeout", DAG);
            g.partnerTaken.faal(partner, taak.getId(), bytes(storing));
            tellers.tel("partner.storing");
            return;
        }
        ObjectNode antwoord = JSON.createObjectNode().put("workerId", WORKER);
        ObjectNode variabelen = antwoord.putObject("variables");
        String actie = String.valueOf(gevraagd.get("actie"));
        if ("AFMELDEN".equals(actie)) {
            zet(variabelen, "bevestigd", true);
        } else {
            antwoord(taak.getTopicName(), actie, gevraagd, variabelen, s);
        }
        g.partnerTaken.voltooi(partner, taak.getId(), bytes(antwoord));
        tellers.tel("partner." + taak.getTopicName() + ("AFMELDEN".equals(actie) ? ".afmelden" : ""));
    }

    private void antwoord(String topic, String actie, Map<String, Object> gevraagd, ObjectNode v, String s) {
        String vandaag = Tijd.vandaag().toString();
        switch (topic) {
            case "taalaanbieder-aanmelding" -> zet(v, "startdatum", Tijd.vandaag().plusDays(7 + dagen(s, 0, 21)).toString());
            case "taalaanbieder-voortgang" -> {
                rapporten++;
                String route = String.valueOf(gevraagd.getOrDefault("leerroute", "B1"));
                LocalDate start = dossier.getInburgeringstermijnStart() == null ? Tijd.vandaag() : dossier.getInburgeringstermijnStart();
                long maanden = ChronoUnit.MONTHS.between(start, Tijd.vandaag());
                int niveau = (int) Math.min(3, 1 + maanden / 8);
                if ("Z".equals(route)) {
                    niveau = Math.min(niveau, 2);
                }
                List<String> niveaus = List.of("A0", "A1", "A2", "B1", "B2");
                for (String vaardigheid : List.of("lezen", "luisteren", "schrijven", "spreken")) {
                    zet(v, vaardigheid, niveaus.get(Math.max(0, niveau - dagen(s + vaardigheid, 0, 1))));
                }
                boolean verzuim = rapporten == plan.verzuimInRapport();
                zet(v, "aanwezigheid", verzuim ? 40 + dagen(s, 0, 30) : 82 + dagen(s, 0, 18));
                if ("Z".equals(route)) {
                    zet(v, "taaluren", 100 + dagen(s, 0, 60));
                    zet(v, "participatieuren", 100 + dagen(s + "p", 0, 60));
                } else {
                    zet(v, "uren", 120 + dagen(s, 0, 60));
                }
                if ("ONDERWIJS".equals(route)) {
                    boolean klaar = plan.onderwijsNaMaanden() > 0 && maanden >= plan.onderwijsNaMaanden();
                    zet(v, "trajectAfgerond", klaar);
                    if (klaar) {
                        voldaan(Beeindigingsreden.VOLDAAN_ONDERWIJSROUTE, 3 + dagen("onderwijs", 0, 3), "SS141: onderwijsroute afgerond");
                    }
                }
                if (verzuim) {
                    tellers.tel("verzuim");
                }
            }
            case "pvt-uitvoering" -> {
                zet(v, "ondertekend", Tijd.vandaag().minusDays(dagen(s, 0, 5)).toString());
                zet(v, "uren", 12 + dagen(s, 0, 20));
            }
            case "map-uitvoering" -> {
                int minimum = gevraagd.get("minimumUren") instanceof Number n ? n.intValue() : 0;
                zet(v, "uren", Math.max(minimum, 40) + dagen(s, 0, 40));
                zet(v, "modules", 8);
                zet(v, "afgerond", vandaag);
            }
            case "ontzorgen-inhouding" -> {
                zet(v, "bevestigd", true);
                zet(v, "referentie", "INK-" + Math.floorMod(Plan.mix(plan.seed(), plan.index(), s.hashCode()), 100_000));
            }
            case "mb-uitvoering" -> {
                switch (actie) {
                    case "START" -> zet(v, "startdatum", Tijd.vandaag().plusDays(dagen(s, 0, 14)).toString());
                    case "BEEINDIGEN" -> zet(v, "einddatum", vandaag);
                    default -> zet(v, "bevestigd", true);
                }
            }
            case "boete-invordering" -> {
                zet(v, "kenmerk", "FIN-" + Math.floorMod(Plan.mix(plan.seed(), plan.index(), s.hashCode()), 1_000_000));
                zet(v, "bevestigd", true);
            }
            default -> zet(v, "bevestigd", true);
        }
    }

    private static void zet(ObjectNode variabelen, String naam, Object waarde) {
        ObjectNode typed = variabelen.putObject(naam);
        if (waarde instanceof Boolean b) {
            typed.put("value", b);
        } else if (waarde instanceof Integer i) {
            typed.put("value", i);
        } else {
            typed.put("value", String.valueOf(waarde));
        }
    }

    private static byte[] bytes(ObjectNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A number in [van, van + spreiding] from the seed, the person and the text (deterministic). */
    private int dagen(String tekst, int van, int spreiding) {
        return van + (int) Math.floorMod(Plan.mix(plan.seed(), plan.index(), tekst.hashCode()), (long) spreiding + 1);
    }
}
