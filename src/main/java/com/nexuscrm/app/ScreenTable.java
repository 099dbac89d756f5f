package com.nexuscrm.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The FXML controller factory as a table: controller class to the factory that builds it, with the
 * argument the screen was loaded for ({@link com.nexuscrm.ui.common.Screen}'s argument type).
 */
final class ScreenTable {
    private final Map<Class<?>, Function<Object, ?>> factories = new HashMap<>();

    /** A controller that needs no argument. */
    <C> ScreenTable put(Class<C> controller, Supplier<? extends C> factory) {
        factories.put(controller, argument -> factory.get());
        return this;
    }

    /** A controller built for the screen's argument. */
    <C, A> ScreenTable put(Class<C> controller, Class<A> argument, Function<? super A, ? extends C> factory) {
        factories.put(controller, given -> factory.apply(argument.cast(given)));
        return this;
    }

    Object create(Class<?> controller, Object argument) {
        Function<Object, ?> factory = factories.get(controller);
        if (factory == null) {
            throw new IllegalArgumentException("No controller for " + controller.getName());
        }
        return factory.apply(argument);
    }
}
