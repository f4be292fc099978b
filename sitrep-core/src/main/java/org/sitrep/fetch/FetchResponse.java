package org.sitrep.fetch;

import java.net.URI;

/**
 * What a fetch got: {@code uri} is where it ended after redirects; {@code body} is empty when the server
 * answered 304; {@code etag} and {@code lastModified} are the validators for the next conditional GET.
 */
public record FetchResponse(URI uri, int status, String contentType, byte[] body, String etag, String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
