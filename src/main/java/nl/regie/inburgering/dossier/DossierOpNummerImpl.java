package nl.regie.inburgering.dossier;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link DossierOpNummer}: the number → id of the dossiers found in this transaction, held as a resource of the
 * transaction (unbound when it completes, committed or rolled back), then {@code find} by id, which the persistence
 * context answers. Outside a transaction, or when the entity is gone from the context (cleared, removed), the query.
 */
class DossierOpNummerImpl implements DossierOpNummer {

    private final Object sleutel = new Object();

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Dossier> findByDossiernummer(String dossiernummer) {
        Map<String, Long> gevonden = gevondenInTransactie();
        if (gevonden != null) {
            Long id = gevonden.get(dossiernummer);
            if (id != null) {
                Dossier dossier = em.find(Dossier.class, id);
                if (dossier != null && dossiernummer.equals(dossier.getDossiernummer())) {
                    return Optional.of(dossier);
                }
                gevonden.remove(dossiernummer);
            }
        }
        // a list, not a stream: outside a transaction the shared entity manager closes right after the query; the
        // person (eager, never absent) in the same query, not in a second select by its id
        Optional<Dossier> dossier = em.createQuery("select d from Dossier d join fetch d.persoon where d.dossiernummer = :nummer",
                        Dossier.class)
                .setParameter("nummer", dossiernummer).getResultList().stream().findFirst();
        if (gevonden != null) {
            dossier.ifPresent(d -> gevonden.put(dossiernummer, d.getId()));
        }
        return dossier;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> gevondenInTransactie() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<String, Long> gevonden = (Map<String, Long>) TransactionSynchronizationManager.getResource(sleutel);
        if (gevonden == null) {
            Map<String, Long> nieuw = new HashMap<>();
            TransactionSynchronizationManager.bindResource(sleutel, nieuw);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(sleutel);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(sleutel, nieuw);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(sleutel);
                }
            });
            gevonden = nieuw;
        }
        return gevonden;
    }
}
