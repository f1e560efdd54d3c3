package nl.regie.inburgering.intake;

/**
 * Why the inburgeraar did not appear at an oproep for the brede intake. A valid reason (illness or another reason the
 * casemanager accepts, with its explanation) is no signal for handhaving, needs no written warning, and the oproep
 * does not count toward the gemeente's maximum number of oproepen; without a valid reason it is conduct under Wi 22.
 */
public enum RedenNietVerschenen {
    ZIEKTE(true),
    ANDERE_GELDIGE_REDEN(true),
    GEEN_GELDIGE_REDEN(false);

    private final boolean geldig;

    RedenNietVerschenen(boolean geldig) {
        this.geldig = geldig;
    }

    public boolean geldig() { return geldig; }
}
