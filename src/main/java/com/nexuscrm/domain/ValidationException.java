package com.nexuscrm.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A record failed its domain rules; nothing was saved. */
public class ValidationException extends RuntimeException {
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
