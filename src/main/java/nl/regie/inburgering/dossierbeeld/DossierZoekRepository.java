package nl.regie.inburgering.dossierbeeld;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import nl.regie.inburgering.dossier.Dossier;

/** The dossier table as the dossier view searches it: criteria built per request ({@link DossierZoeken}), paged. */
public interface DossierZoekRepository extends JpaRepository<Dossier, Long>, JpaSpecificationExecutor<Dossier> {
}
