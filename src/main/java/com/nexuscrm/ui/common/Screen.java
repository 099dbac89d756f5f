package com.nexuscrm.ui.common;

/**
 * A screen the {@link ViewLoader} can load: its FXML view ({@code /fxml/NAME.fxml}) and the type of the
 * argument its controller is built with ({@code Void} for none). Each feature declares its own screens,
 * so a load names a screen and passes an argument of the right type instead of a string and a cast.
 */
public record Screen<A>(String fxml, Class<A> argument) {
    /** A screen whose controller needs no argument. */
    public static Screen<Void> of(String fxml) {
        return new Screen<>(fxml, Void.class);
    }

    public static <A> Screen<A> of(String fxml, Class<A> argument) {
        return new Screen<>(fxml, argument);
    }
}
