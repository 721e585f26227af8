package it.traccia.app.web;

import java.io.IOException;

/** A request body or query whose bytes are not UTF-8 (codifica non valida); answered 400 InvalidEncoding. */
public final class InvalidEncoding extends IOException {

    private final String part;

    InvalidEncoding(String part) {
        super("The " + part + " of the request is not UTF-8");
        this.part = part;
    }

    /** Which part of the request is not UTF-8: {@code body} or {@code query}. */
    public String part() {
        return part;
    }
}
