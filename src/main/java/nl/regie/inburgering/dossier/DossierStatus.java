package nl.regie.inburgering.dossier;

/** Where a dossier stands on the route; mirrors the stage of its main process. */
public enum DossierStatus {
    PLICHT_BEPAALD,
    GEEN_PLICHT_TE_BEVESTIGEN,
    INTAKE_EN_PIP,
    PIP_VASTGESTELD,
    GESLOTEN_GEEN_PLICHT,
    BEEINDIGD
}
