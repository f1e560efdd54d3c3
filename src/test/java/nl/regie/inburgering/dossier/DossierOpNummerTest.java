package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * {@link DossierOpNummer}: a dossier looked up by its number is read from the database once per transaction (issue 13:
 * an engine step's rules and mappings look it up several times), and never served from an earlier transaction —
 * committed, rolled back or suspended — nor outside one.
 */
class DossierOpNummerTest extends ProcesTestBasis {

    @Autowired PlatformTransactionManager transacties;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;

    private Statistics statistieken;
    private Dossier dossier;

    @BeforeEach
    void inrichten() {
        statistieken = emf.unwrap(SessionFactory.class).getStatistics();
        statistieken.setStatisticsEnabled(true);
        dossier = open("0441", "GEZINSMIGRANT", "MAR", LocalDate.of(1992, 5, 1), VANDAAG);
    }

    @AfterEach
    void opruimen() {
        statistieken.setStatisticsEnabled(false);
    }

    private long statements() {
        return statistieken.getPrepareStatementCount();
    }

    private TransactionTemplate transactie(int propagatie) {
        TransactionTemplate t = new TransactionTemplate(transacties);
        t.setPropagationBehavior(propagatie);
        return t;
    }

    @Test
    void binnenEenTransactieEenmaalGelezenDaarnaUitDePersistenceContext() {
        String nummer = dossier.getDossiernummer();
        transactie(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> {
            long voor = statements();
            Dossier eerste = dossiers.getByDossiernummer(nummer);
            long naEerste = statements();
            Dossier tweede = dossiers.getByDossiernummer(nummer);
            Optional<Dossier> derde = dossiers.findByDossiernummer(nummer);
            assertThat(naEerste).isGreaterThan(voor);
            assertThat(statements()).isEqualTo(naEerste);
            assertThat(tweede).isSameAs(eerste);
            assertThat(derde).containsSame(eerste);
            assertThat(dossiers.findByDossiernummer("BESTAAT-NIET")).isEmpty();
        });
    }

    /** Issue 13: every engine step and the Tasklist subject look a dossier up with its person; one query, not two. */
    @Test
    void eenOpzoekingLeestDossierEnPersoonInEenQuery() {
        String nummer = dossier.getDossiernummer();
        String naamInDeTabel = jdbc.queryForObject("select p.voornamen || ' ' || p.achternaam from dossier d "
                + "join persoon p on p.id = d.persoon_id where d.dossiernummer = ?", String.class, nummer);
        transactie(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> {
            long voor = statements();
            String naam = dossiers.getByDossiernummer(nummer).getPersoon().volledigeNaam();
            assertThat(statements() - voor).isEqualTo(1);
            assertThat(naam).isEqualTo(naamInDeTabel);
        });
    }

    @Test
    void eenVolgendeTransactieLeestOpnieuwEnZietWatIntussenVeranderde() {
        String nummer = dossier.getDossiernummer();
        transactie(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s ->
                assertThat(dossiers.getByDossiernummer(nummer).getPlichtReden()).isNotEqualTo("gewijzigd elders"));
        jdbc.update("update dossier set plicht_reden = 'gewijzigd elders' where dossiernummer = ?", nummer);
        transactie(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> {
            long voor = statements();
            assertThat(dossiers.getByDossiernummer(nummer).getPlichtReden()).isEqualTo("gewijzigd elders");
            assertThat(statements()).isGreaterThan(voor);
        });
    }

    @Test
    void naEenTerugdraaiingGeenOudeVondst() {
        String nummer = dossier.getDossiernummer();
        transactie(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s -> {
            dossiers.getByDossiernummer(nummer);
            s.setRollbackOnly();
        });
        jdbc.update("update dossier set plicht_reden = 'na terugdraaiing' where dossiernummer = ?", nummer);
        transactie(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(s ->
                assertThat(dossiers.getByDossiernummer(nummer).getPlichtReden()).isEqualTo("na terugdraaiing"));
    }

    @Test
    void eenNieuweTransactieDaarbinnenHeeftHaarEigenVondstenEnDeBuitensteHoudtDeZijne() {
        String nummer = dossier.getDossiernummer();
        transactie(TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(buiten -> {
            Dossier eerste = dossiers.getByDossiernummer(nummer);
            transactie(TransactionDefinition.PROPAGATION_REQUIRES_NEW).executeWithoutResult(binnen -> {
                long voor = statements();
                Dossier eigen = dossiers.getByDossiernummer(nummer);
                assertThat(statements()).isGreaterThan(voor);
                assertThat(eigen).isNotSameAs(eerste);
            });
            long voor = statements();
            assertThat(dossiers.getByDossiernummer(nummer)).isSameAs(eerste);
            assertThat(statements()).isEqualTo(voor);
        });
    }

    @Test
    void buitenEenTransactieElkeKeerUitDeDatabase() {
        String nummer = dossier.getDossiernummer();
        assertThat(dossiers.getByDossiernummer(nummer).getDossiernummer()).isEqualTo(nummer);
        jdbc.update("update dossier set plicht_reden = 'zonder transactie' where dossiernummer = ?", nummer);
        assertThat(dossiers.getByDossiernummer(nummer).getPlichtReden()).isEqualTo("zonder transactie");
    }
}
