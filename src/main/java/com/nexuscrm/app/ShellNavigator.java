package com.nexuscrm.app;

import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.shell.Section;
import com.nexuscrm.ui.shell.ShellViewModel;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@link RecordNavigator} over the shell: shows the record kind's section, then asks that section's model to
 * select the record. Each section registers how it selects a record when its model is built.
 */
final class ShellNavigator implements RecordNavigator {
    private record Target(Section section, Consumer<UUID> select) { }

    private final ShellViewModel shell;
    private final Map<RecordRef.Kind, Target> targets = new EnumMap<>(RecordRef.Kind.class);

    ShellNavigator(ShellViewModel shell) {
        this.shell = shell;
    }

    /** Records of {@code kind} open in {@code section}, selected by {@code select} (called on the FX thread). */
    void register(RecordRef.Kind kind, Section section, Consumer<UUID> select) {
        targets.put(kind, new Target(section, select));
    }

    @Override
    public void open(RecordRef ref) {
        Target target = targets.get(ref.kind());
        if (target == null) {
            throw new IllegalStateException("No screen opens a " + ref.kind().label().toLowerCase() + " yet");
        }
        if (target.section() == shell.sectionProperty().get()) {
            target.select().accept(ref.id());
        } else { // leaving a screen asks about its unsaved edits first; Stay opens nothing
            shell.leave(() -> {
                shell.sectionProperty().set(target.section());
                target.select().accept(ref.id());
            }, () -> { });
        }
    }
}
