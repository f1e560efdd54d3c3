package nl.regie.inburgering.duo.afstemming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.duo.simulator.DuoSimulator;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The nightly reconciliation over real HTTP against the DUO simulator: a difference becomes one procesbeheerder's task
 * with both values (again the next night: no second task), the procesbeheerder deals with it, and a difference that
 * disappears withdraws its task.
 */
class DuoAfstemmingTest extends ProcesTestBasis {

    @Autowired DuoAfstemming afstemming;
    @Autowired AfstemmingsVerschilRepository verschillen;
    @Autowired JdbcTemplate jdbc;
    @Autowired DuoSimulator simulator;
    @Autowired AfstemmingDossiers openDossiers;
    @Autowired DuoAfstemmingInstellingen instellingen;

    private List<Task> taken(Dossier dossier) {
        return taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer())
                .taskDefinitionKey("Task_VerschilBeoordelen").list();
    }

    @Test
    void eenVerschilGeeftDeProcesbeheerderEenTaakMetBeideWaardenEnEenVolgendeNachtGeenTweede() {
        Dossier dossier = openStatushouder("0441");
        assertThat(herlaad(dossier).getPlichtig()).isTrue();
        // DUO does not know this person: our plicht against DUO's
        DuoAfstemming.Resultaat eerste = afstemming.stemAf(dossier.getDossiernummer());
        assertThat(eerste.nieuweVerschillen()).isEqualTo(1);

        List<Task> taken = taken(dossier);
        assertThat(taken).hasSize(1);
        Task taak = taken.get(0);
        assertThat(taskService.getIdentityLinksForTask(taak.getId()))
                .anyMatch(l -> Rollen.PROCESBEHEERDER.equals(l.getGroupId()));
        assertThat(taak.getTenantId()).isEqualTo("GM0441");
        assertThat(taskService.getVariablesLocal(taak.getId())).containsEntry("duoAfstemmingOnderwerp", "Inburgeringsplicht")
                .containsEntry("duoAfstemmingOnzeWaarde", "inburgeringsplichtig")
                .containsEntry("duoAfstemmingDuoWaarde", "bij DUO niet bekend");
        AfstemmingsVerschil verschil = verschillen.findByDossierIdOrderById(dossier.getId()).get(0);
        assertThat(verschil.getStatus()).isEqualTo(AfstemmingsVerschil.Status.OPEN);

        // the next night: the same open difference, no second row or task
        DuoAfstemming.Resultaat tweede = afstemming.stemAf(dossier.getDossiernummer());
        assertThat(tweede.nieuweVerschillen()).isZero();
        assertThat(taken(dossier)).hasSize(1);
        assertThat(verschillen.findByDossierIdOrderById(dossier.getId())).hasSize(1);

        // a casemanager may not deal with it; the procesbeheerder does, with a reason
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_VerschilBeoordelen",
                Map.of("duoAfstemmingAfhandeling", "GEEN_ACTIE", "duoAfstemmingToelichting", "x")))
                .isInstanceOf(RuntimeException.class);
        voltooi(TestGegevens.PB, dossier, "Task_VerschilBeoordelen", Map.of("duoAfstemmingAfhandeling",
                "DUO_GEVRAAGD_TE_CORRIGEREN", "duoAfstemmingToelichting", "DUO gebeld: kennisgeving volgt"));
        AfstemmingsVerschil afgehandeld = verschillen.findById(verschil.getId()).orElseThrow();
        assertThat(afgehandeld.getStatus()).isEqualTo(AfstemmingsVerschil.Status.AFGEHANDELD);
        assertThat(afgehandeld.getAfgehandeldDoor()).isEqualTo(TestGegevens.PB.id());
        assertThat(taken(dossier)).isEmpty();

        // still different the night after: a new row and task (the earlier one was dealt with)
        assertThat(afstemming.stemAf(dossier.getDossiernummer()).nieuweVerschillen()).isEqualTo(1);
        assertThat(taken(dossier)).hasSize(1);
    }

    @Test
    void doelgroepTermijnEnVrijstellingVanDuoTegenOnsDossierEnEenVerschilDatVerdwijntTrektZijnTaakIn() {
        Dossier dossier = openStatushouder("0441");
        jdbc.update("update dossier set inburgeringstermijn_einde = ? where id = ?", java.sql.Date.valueOf("2029-03-03"),
                dossier.getId());
        DuoSimulator.Persoon bijDuo = simulator.persoon(dossiers.findById(dossier.getId()).orElseThrow().getPersoon().getBsn());
        bijDuo.plichtig = true;
        bijDuo.asielstatushouder = false;
        bijDuo.termijnStart = java.time.LocalDate.of(2026, 3, 3);
        bijDuo.termijnEinde = java.time.LocalDate.of(2030, 3, 3);
        bijDuo.vrijstelling = "GEHEEL";
        bijDuo.plichtEinde = VANDAAG;

        assertThat(afstemming.stemAf(dossier.getDossiernummer()).nieuweVerschillen()).isEqualTo(3);
        assertThat(taken(dossier)).hasSize(3);
        assertThat(verschillen.findByDossierIdOrderById(dossier.getId()))
                .extracting(AfstemmingsVerschil::getOnderwerp, AfstemmingsVerschil::getOnzeWaarde, AfstemmingsVerschil::getDuoWaarde)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AfstemmingsVerschil.Onderwerp.DOELGROEP,
                                "Asielstatushouder (asielstatushouder)", "Gezinsmigrant en overige migrant"),
                        org.assertj.core.groups.Tuple.tuple(AfstemmingsVerschil.Onderwerp.TERMIJN_EINDE,
                                "eindigt 03-03-2029", "eindigt 03-03-2030"),
                        org.assertj.core.groups.Tuple.tuple(AfstemmingsVerschil.Onderwerp.VRIJSTELLING,
                                "geen vrijstelling vastgelegd; het dossier loopt",
                                "gehele vrijstelling toegekend op 02-03-2026 (reden DIP)"));

        // DUO corrects the doelgroep and the term; the vrijstelling stays: two tasks withdrawn, one stays
        bijDuo.asielstatushouder = true;
        bijDuo.termijnEinde = java.time.LocalDate.of(2029, 3, 3);
        DuoAfstemming.Resultaat r = afstemming.stemAf(dossier.getDossiernummer());
        assertThat(r.opgelost()).isEqualTo(2);
        assertThat(r.nieuweVerschillen()).isZero();
        assertThat(taken(dossier)).hasSize(1);
        assertThat(verschillen.findByDossierIdOrderById(dossier.getId())).extracting(AfstemmingsVerschil::getStatus)
                .containsExactly(AfstemmingsVerschil.Status.OPGELOST, AfstemmingsVerschil.Status.OPGELOST,
                        AfstemmingsVerschil.Status.OPEN);
    }

    @Test
    void duoNietBereikbaarSlaatHetDossierDezeNachtOver() {
        Dossier dossier = openStatushouder("0441");
        simulator.storing(true);
        try {
            DuoAfstemming.Resultaat r = afstemming.stemAlleOpenDossiersAf();
            assertThat(r.nietGelezen()).isGreaterThanOrEqualTo(1);
        } finally {
            simulator.storing(false);
        }
        assertThat(verschillen.findByDossierIdOrderById(dossier.getId())).isEmpty();
    }

    private int duoGelezen(Dossier dossier) {
        return simulator.plichtGevraagd(herlaad(dossier).getPersoon().getBsn());
    }

    private java.time.LocalDate afgestemdOp(Dossier dossier) {
        return jdbc.queryForObject("select duo_afgestemd_op from dossier where id = ?", java.time.LocalDate.class,
                dossier.getId());
    }

    /** Open dossiers a run would claim on {@code nacht}: none claimed that night (or later) yet. */
    private long teDoen(java.time.LocalDate nacht) {
        return jdbc.queryForObject("select count(*) from dossier where status not in ('BEEINDIGD', 'GESLOTEN_GEEN_PLICHT')"
                + " and (duo_afgestemd_op is null or duo_afgestemd_op < ?)", Long.class, java.sql.Date.valueOf(nacht));
    }

    @Test
    void eenTweedeRondeInDezelfdeNachtLeestDuoNietEnDeVolgendeNachtWeer() {
        Dossier dossier = openStatushouder("0441");
        DuoAfstemming.Resultaat eerste = afstemming.stemAlleOpenDossiersAf();
        assertThat(duoGelezen(dossier)).isEqualTo(1);
        assertThat(taken(dossier)).hasSize(1);
        assertThat(afgestemdOp(dossier)).isEqualTo(VANDAAG);
        assertThat(eerste.dossiers() - eerste.overgelaten()).isPositive();

        // the same night again (a second node, or a restart): every open dossier is left, DUO is not read, no task
        DuoAfstemming.Resultaat tweede = afstemming.stemAlleOpenDossiersAf();
        assertThat(tweede.overgelaten()).isEqualTo(tweede.dossiers()).isPositive();
        assertThat(tweede.nieuweVerschillen()).isZero();
        assertThat(tweede.nietGelezen()).isZero();
        assertThat(duoGelezen(dossier)).isEqualTo(1);
        assertThat(taken(dossier)).hasSize(1);

        // a claim is the night of the engine clock in Europe/Amsterdam: 23:30 UTC on the same date is already the
        // next day there, a new night
        ClockUtil.setCurrentTime(java.util.Date.from(VANDAAG.atTime(23, 30).toInstant(java.time.ZoneOffset.UTC)));
        DuoAfstemming.Resultaat volgende = afstemming.stemAlleOpenDossiersAf();
        assertThat(duoGelezen(dossier)).isEqualTo(2);
        assertThat(afgestemdOp(dossier)).isEqualTo(VANDAAG.plusDays(1));
        assertThat(volgende.dossiers()).isGreaterThan(volgende.overgelaten());
        // the same open difference: its row is updated, no second task
        assertThat(taken(dossier)).hasSize(1);
        assertThat(verschillen.findByDossierIdOrderById(dossier.getId())).hasSize(1);
    }

    @Test
    void tweeNodesTegelijkLezenElkOpenDossierPreciesEenKeer() throws Exception {
        List<Dossier> eigen = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            eigen.add(openStatushouder(i % 2 == 0 ? "0441" : "0637"));
        }
        long teDoen = teDoen(VANDAAG);
        int perPagina = instellingen.getPerPagina();
        instellingen.setPerPagina(2); // both nodes walk the pages at the same time
        var start = new java.util.concurrent.CyclicBarrier(2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<DuoAfstemming.Resultaat> node = () -> {
                start.await();
                return afstemming.stemAlleOpenDossiersAf();
            };
            var a = pool.submit(node);
            var b = pool.submit(node);
            DuoAfstemming.Resultaat ra = a.get(5, java.util.concurrent.TimeUnit.MINUTES);
            DuoAfstemming.Resultaat rb = b.get(5, java.util.concurrent.TimeUnit.MINUTES);

            // every dossier not yet done tonight was claimed by exactly one of the two; the rest each left alone
            assertThat(ra.dossiers()).isEqualTo(rb.dossiers());
            assertThat((ra.dossiers() - ra.overgelaten()) + (rb.dossiers() - rb.overgelaten()))
                    .as("node A %s, node B %s", ra, rb).isEqualTo(teDoen);
            assertThat(teDoen(VANDAAG)).isZero();
            for (Dossier d : eigen) {
                assertThat(duoGelezen(d)).as(d.getDossiernummer() + ": DUO read once in total").isEqualTo(1);
                assertThat(taken(d)).as(d.getDossiernummer() + ": one task").hasSize(1);
                assertThat(afgestemdOp(d)).isEqualTo(VANDAAG);
            }
            assertThat(ra.nieuweVerschillen() + rb.nieuweVerschillen()).isGreaterThanOrEqualTo(eigen.size());
        } finally {
            pool.shutdownNow();
            instellingen.setPerPagina(perPagina);
        }
    }

    @Test
    void deNachtelijkeRondeNeemtAlleenOpenDossiers() {
        Dossier open = openStatushouder("0441");
        Dossier gesloten = openStatushouder("0441");
        jdbc.update("update dossier set status = 'BEEINDIGD' where id = ?", gesloten.getId());
        List<String> nummers = openDossiers.open(java.util.EnumSet.of(nl.regie.inburgering.dossier.DossierStatus.BEEINDIGD,
                nl.regie.inburgering.dossier.DossierStatus.GESLOTEN_GEEN_PLICHT), 0, org.springframework.data.domain.PageRequest.of(0, 100_000))
                .stream().map(AfstemmingDossiers.OpenDossier::getDossiernummer).toList();
        assertThat(nummers).contains(open.getDossiernummer()).doesNotContain(gesloten.getDossiernummer());
    }

    @Test
    void deNachtelijkeRondeLooptPaginaNaPaginaTotHetLaatsteOpenDossier() {
        Dossier eerder = openStatushouder("0441");
        Dossier laatste = openStatushouder("0441");
        int perPagina = instellingen.getPerPagina();
        instellingen.setPerPagina(1);
        try {
            DuoAfstemming.Resultaat r = afstemming.stemAlleOpenDossiersAf();
            assertThat(r.dossiers()).isGreaterThanOrEqualTo(2);
        } finally {
            instellingen.setPerPagina(perPagina);
        }
        // both, the newest open dossier included, are compared although each page holds one
        assertThat(taken(eerder)).hasSize(1);
        assertThat(taken(laatste)).hasSize(1);
    }
}
