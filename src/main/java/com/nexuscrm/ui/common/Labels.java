package com.nexuscrm.ui.common;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.util.StringConverter;

/** Display text for enum values in combo boxes and table cells, and message labels that show only when set. */
public final class Labels {
    private Labels() { }

    /** Shows {@code text} in {@code label}, which takes no room while the text is empty (an error, a notice). */
    public static void showWhenSet(javafx.scene.control.Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    public static <T> StringConverter<T> converter(Function<T, String> label, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null; // the combo boxes are not editable
            }
        };
    }

    public static <S, T> TableCell<S, T> cell(Function<T, String> label) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : label.apply(value));
            }
        };
    }
}
