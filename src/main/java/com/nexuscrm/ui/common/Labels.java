package com.nexuscrm.ui.common;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.util.StringConverter;

/** Display text for enum values in combo boxes and table cells. */
public final class Labels {
    private Labels() { }

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
