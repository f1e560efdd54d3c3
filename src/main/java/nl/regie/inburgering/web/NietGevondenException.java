package nl.regie.inburgering.web;

public class NietGevondenException extends RuntimeException {
    public NietGevondenException(String melding) {
        super(melding);
    }
}
