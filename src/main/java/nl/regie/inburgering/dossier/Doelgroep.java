package nl.regie.inburgering.dossier;

public enum Doelgroep {
    ASIELSTATUSHOUDER,
    NAREIZIGER,
    GEZINSMIGRANT;

    /** Statushouders (and nareizigers, who hold an asylum permit) whose ten-week clock waits for BRP registration. */
    public boolean isStatushouder() {
        return this != GEZINSMIGRANT;
    }
}
