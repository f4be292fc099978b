package org.sitrep.store;

/** The database failed or refused an operation; the message names the operation and the database. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
