package org.sitrep.ingest;

/** The input is not what its format promises; the message names the value and says why. */
public class InvalidInputException extends IllegalArgumentException {

    InvalidInputException(String message) {
        super(message);
    }
}
