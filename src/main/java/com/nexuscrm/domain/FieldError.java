package com.nexuscrm.domain;

/** One invalid field: its name as the user knows it, and what is wrong with the value. */
public record FieldError(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
